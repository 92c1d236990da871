package cn.gov.zjg.credit.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.RuleViolation;

/** Runs the pure checks on a record, as the tests of this package need it. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static List<RuleViolation> check(RecordType type, Map<String, Object> record, LocalDate today) {
        return RecordChecks.check(new RecordValues(type, record), today);
    }

    /** "RULE field" or "RULE.detail field" for each violation: short, readable assertions. */
    static List<String> codes(List<RuleViolation> violations) {
        return violations.stream().map(v -> v.messageKey().substring("validation.rule.".length()) + " "
                + v.fieldCode()).toList();
    }
}
