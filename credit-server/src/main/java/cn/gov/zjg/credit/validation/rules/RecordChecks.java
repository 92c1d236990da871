package cn.gov.zjg.credit.validation.rules;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.RuleViolation;

/**
 * The rules that need nothing but the record and the date: subject and identifiers, agency codes, dates, penalty
 * amounts, required fields and lengths. Violations come at their default severities; the validator applies settings.
 */
public final class RecordChecks {

    private RecordChecks() {
    }

    /** Violations of {@code record}; {@code today} bounds decision dates and birth dates in ID numbers. */
    public static List<RuleViolation> check(RecordValues record, LocalDate today) {
        Findings findings = new Findings();
        SubjectChecks.check(record, today, findings);
        AgencyCodeChecks.check(record, findings);
        DateChecks.check(record, today, findings);
        if (record.type() == RecordType.PENALTY) {
            PenaltyChecks.check(record, findings);
        }
        FieldChecks.check(record, findings);
        return findings.violations();
    }
}
