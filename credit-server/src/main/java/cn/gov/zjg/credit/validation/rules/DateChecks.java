package cn.gov.zjg.credit.validation.rules;

import java.time.LocalDate;

import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.RuleCode;

/**
 * Dates that make sense together (domain.md §1.6 rule 5): the decision is not in the future; 有效期自 ≤ 有效期至;
 * 处罚决定日期 ≤ 处罚有效期 and ≤ 公示截止期. 2099/12/31 means long-term (§1.3 row 22): it orders after every real
 * date, and nothing may lie beyond it.
 */
final class DateChecks {

    /** The standard's "long-term" end date. */
    static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

    private DateChecks() {
    }

    static void check(RecordValues record, LocalDate today, Findings findings) {
        String decision = record.code("JDRQ");
        LocalDate decided = record.date(decision);
        if (decided != null && decided.isAfter(today)) {
            findings.add(RuleCode.DATE_FUTURE, decision, "", record.name(decision), decided.toString(),
                    today.toString());
        }
        if (record.type() == RecordType.LICENSE) {
            order(record, "XK_YXQZ", "XK_YXQZI", findings);
            longTerm(record, "XK_YXQZI", findings);
        } else {
            order(record, "CF_JDRQ", "CF_YXQ", findings);
            order(record, "CF_JDRQ", "CF_GSJZQ", findings);
            longTerm(record, "CF_YXQ", findings);
            longTerm(record, "CF_GSJZQ", findings);
        }
    }

    private static void order(RecordValues record, String earlierField, String laterField, Findings findings) {
        LocalDate earlier = record.date(earlierField);
        LocalDate later = record.date(laterField);
        if (earlier != null && later != null && earlier.isAfter(later)) {
            findings.add(RuleCode.DATE_ORDER, laterField, "", record.name(earlierField), earlier.toString(),
                    record.name(laterField), later.toString());
        }
    }

    private static void longTerm(RecordValues record, String field, Findings findings) {
        LocalDate end = record.date(field);
        if (end != null && end.isAfter(LONG_TERM)) {
            findings.add(RuleCode.DATE_LONG_TERM, field, "", record.name(field), end.toString());
        }
    }
}
