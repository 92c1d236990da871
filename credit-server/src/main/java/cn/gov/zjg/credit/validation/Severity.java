package cn.gov.zjg.credit.validation;

/**
 * What a broken rule does to a record. A {@link RuleViolation} is always {@link #ERROR} or {@link #WARNING};
 * {@link #OFF} exists only as a rule setting.
 */
public enum Severity {
    /** The record is refused until corrected. */
    ERROR,
    /** The record is accepted and the problem is reported (and counted, e.g. late reporting). */
    WARNING,
    /** The rule is not checked. */
    OFF
}
