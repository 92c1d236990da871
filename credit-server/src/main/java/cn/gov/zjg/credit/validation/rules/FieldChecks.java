package cn.gov.zjg.credit.validation.rules;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.FieldKind;
import cn.gov.zjg.credit.validation.RuleCode;

/**
 * Field by field: mandatory fields of the standard (Req = Y in domain.md §1.3, §1.4) and the maximum lengths of the
 * field catalogue. Conditional fields (Req = C) are the subject and penalty rules' business. Runs last, so a field
 * whose format another rule judged (a credit code, an ID number) is not also reported for its length.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    static void check(RecordValues record, Findings findings) {
        for (FieldDef field : record.type().fields()) {
            if (field.kind() == FieldKind.DATE || field.kind() == FieldKind.AMOUNT) {
                if (field.mandatory() && isAbsent(record, field)) {
                    findings.add(RuleCode.REQUIRED, field.code(), "", field.name());
                }
                continue;
            }
            String text = record.text(field.code());
            if (text == null) {
                if (field.mandatory()) {
                    findings.add(RuleCode.REQUIRED, field.code(), "", field.name());
                }
            } else if (!findings.isJudged(field.code())) {
                // Characters, not UTF-16 units: a rare CJK character outside the BMP counts once.
                int length = text.codePointCount(0, text.length());
                if (length > field.maxLength()) {
                    findings.add(RuleCode.LENGTH, field.code(), "", field.name(), String.valueOf(field.maxLength()),
                            String.valueOf(length));
                }
            }
        }
    }

    private static boolean isAbsent(RecordValues record, FieldDef field) {
        return field.kind() == FieldKind.DATE ? record.date(field.code()) == null
                : record.amount(field.code()) == null;
    }
}
