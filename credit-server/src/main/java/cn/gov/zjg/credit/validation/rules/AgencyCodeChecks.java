package cn.gov.zjg.credit.validation.rules;

import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.RuleCode;

/**
 * The deciding authority's and the data source unit's 统一社会信用代码 must be valid credit codes (domain.md §1.6
 * rule 6). Government bodies usually have category 11, but 事业单位 and others decide under delegation, so the
 * category is not checked. Blank values are the REQUIRED rule's business.
 */
final class AgencyCodeChecks {

    private AgencyCodeChecks() {
    }

    static void check(RecordValues record, Findings findings) {
        boolean license = record.type() == RecordType.LICENSE;
        check(record, record.code(license ? "XKJGDM" : "CFJGDM"), RuleCode.AUTHORITY_CODE, findings);
        check(record, record.code(license ? "LYDWDM" : "SJLYDM"), RuleCode.SOURCE_CODE, findings);
    }

    private static void check(RecordValues record, String field, RuleCode rule, Findings findings) {
        String code = record.text(field);
        if (code == null) {
            return;
        }
        findings.judged(field);
        CreditCode.check(code).ifPresentOrElse(
                problem -> findings.add(rule, field, SubjectChecks.detail(problem), record.name(field)),
                () -> {
                    if (!CreditCode.parse(code).hasValidOrgCode()) {
                        findings.add(RuleCode.CREDIT_CODE_ORG_PART, field, "", record.name(field));
                    }
                });
    }
}
