package cn.gov.zjg.credit.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.validation.RuleCode;
import cn.gov.zjg.credit.validation.RuleViolation;

/**
 * The violations found in one record, at their default severities, and the fields whose format a rule has already
 * judged (so the generic length rule does not report a credit code twice).
 */
public final class Findings {

    private final List<RuleViolation> violations = new ArrayList<>();
    private final Set<String> judgedFields = new HashSet<>();

    void add(RuleCode rule, String fieldCode, String detail, String... args) {
        violations.add(RuleViolation.of(rule, fieldCode, detail, List.of(args)));
        judgedFields.add(fieldCode);
    }

    /** A format rule (credit code, ID number ...) checked this field, whatever the outcome. */
    void judged(String fieldCode) {
        judgedFields.add(fieldCode);
    }

    boolean isJudged(String fieldCode) {
        return judgedFields.contains(fieldCode);
    }

    public List<RuleViolation> violations() {
        return List.copyOf(violations);
    }
}
