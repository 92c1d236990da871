package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.FieldKind;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.rules.RecordValues;

import org.springframework.stereotype.Component;

/**
 * The rules that read reference data: dictionary values (ENUM), the working-day calendar (REPORTED_LATE) and the
 * publicity tiers (PUBLICITY_END).
 */
@Component
class ReferenceChecks {

    /** domain.md §3.1 and decision 7: 双公示 information goes online within 7 working days of the decision. */
    static final int REPORTING_WORKING_DAYS = 7;
    private static final int SHOWN_VALUE_LENGTH = 50;

    private final AllowedValues allowedValues;
    private final WorkingDayCalendar calendar;
    private final PublicityPeriods periods;

    ReferenceChecks(AllowedValues allowedValues, WorkingDayCalendar calendar, PublicityPeriods periods) {
        this.allowedValues = allowedValues;
        this.calendar = calendar;
        this.periods = periods;
    }

    List<RuleViolation> check(RecordValues record, LocalDate reportedOn) {
        List<RuleViolation> found = new ArrayList<>();
        for (FieldDef field : record.type().fields()) {
            if (field.dictCode() != null) {
                enumerated(record, field, found);
            }
        }
        if (reportedOn != null) {
            reportedLate(record, reportedOn, found);
        }
        if (record.type() == RecordType.PENALTY) {
            publicityEnd(record, found);
        }
        return found;
    }

    /** Decision 2: every value (each of several 处罚类别, decision 3) is an enabled dictionary value. */
    private void enumerated(RecordValues record, FieldDef field, List<RuleViolation> found) {
        List<String> values = field.kind() == FieldKind.MULTI_ENUM ? record.values(field.code())
                : record.isBlank(field.code()) ? List.of() : List.of(record.text(field.code()));
        Set<String> allowed = allowedValues.of(field.dictCode());
        if (values.isEmpty() || allowed.isEmpty()) {
            // blank: REQUIRED's business; a dictionary without enabled values is a setup problem, not the clerk's
            return;
        }
        List<String> wrong = values.stream().filter(value -> !allowed.contains(value)).toList();
        if (!wrong.isEmpty()) {
            found.add(RuleViolation.of(RuleCode.ENUM, field.code(), "", List.of(field.name(),
                    shorten(String.join("、", wrong)), String.join("、", allowed))));
        }
    }

    /** Decision 7: more than 7 working days between the decision and the report is late (a warning, counted). */
    private void reportedLate(RecordValues record, LocalDate reportedOn, List<RuleViolation> found) {
        String field = record.code("JDRQ");
        LocalDate decided = record.date(field);
        if (decided == null || decided.isAfter(reportedOn)) {
            return;
        }
        int elapsed = calendar.workingDaysBetween(decided, reportedOn);
        if (elapsed > REPORTING_WORKING_DAYS) {
            found.add(RuleViolation.of(RuleCode.REPORTED_LATE, field, "", List.of(decided.toString(),
                    calendar.addWorkingDays(decided, REPORTING_WORKING_DAYS).toString(), reportedOn.toString(),
                    String.valueOf(elapsed - REPORTING_WORKING_DAYS))));
        }
    }

    /** Decision 5: 公示截止期 within the period of the tier derived from 处罚类别, under the rule of the decision date. */
    private void publicityEnd(RecordValues record, List<RuleViolation> found) {
        LocalDate decided = record.date("CF_JDRQ");
        LocalDate end = record.date("CF_GSJZQ");
        if (decided == null || end == null || end.isBefore(decided)) {
            return; // DATE_ORDER reports an end before the decision
        }
        periods.period(decided, null, record.values("CF_CFLB")).ifPresent(period -> {
            if (end.isAfter(period.maxEnd())) {
                found.add(RuleViolation.of(RuleCode.PUBLICITY_END, "CF_GSJZQ", "tooLate", List.of(end.toString(),
                        period.maxEnd().toString(), period.tier().label(), decided.toString())));
            } else if (end.isBefore(period.minEnd())) {
                found.add(RuleViolation.of(RuleCode.PUBLICITY_END, "CF_GSJZQ", "tooEarly", List.of(end.toString(),
                        period.minEnd().toString(), period.tier().label(), decided.toString())));
            }
        });
    }

    private static String shorten(String value) {
        return value.length() <= SHOWN_VALUE_LENGTH ? value : value.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }
}
