/**
 * Validation of 行政许可 and 行政处罚 records against the rules of issue 4, as a library the validation job calls:
 * {@link cn.gov.zjg.credit.validation.RecordValidator} checks one normalised record and returns its
 * {@link cn.gov.zjg.credit.validation.RuleViolation}s. Rules: required and conditional fields by 行政相对人类别 (checked
 * first: a valid ID number can pass as a credit code), lengths of the field catalogue, dictionary values, identifiers
 * (GB 32100 {@link cn.gov.zjg.credit.validation.CreditCode}, GB 11643
 * {@link cn.gov.zjg.credit.validation.IdCardNumber}, GB 11714 {@link cn.gov.zjg.credit.validation.OrgCode}), dates,
 * penalty amounts, the 7-working-day reporting deadline and the publicity period (domain.md §1.5, §1.6, §2, §3;
 * decisions 2–5 and 7). Administrators switch each rule between error, warning and off per record type
 * ({@link cn.gov.zjg.credit.validation.RuleSettingsService}).
 *
 * <p>Also offers {@link cn.gov.zjg.credit.validation.WorkingDayCalendar} (statutory holidays and make-up working days)
 * and {@link cn.gov.zjg.credit.validation.PublicityPeriods} (effective-dated publicity tiers) to other features.
 * Administrators maintain the holiday calendar at {@code /console/validation/holidays}, one day at a time or by Excel
 * import (every row checked first; a file with any wrong row is refused whole).
 *
 * <p>Owns tables {@code validation_rule_setting}, {@code holiday_calendar}, {@code publicity_tier_rule}. Reads the
 * dictionaries ({@code dictionary_item}, owned by submission) through {@code BatchService}. Depends on audit for the
 * operation log of the settings and holiday pages. Sub-package {@code rules} holds the checks that need no database; it is
 * internal to this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "submission", "audit", "jobs", "department"})
package cn.gov.zjg.credit.validation;
