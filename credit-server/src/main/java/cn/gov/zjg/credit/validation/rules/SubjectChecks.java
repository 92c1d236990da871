package cn.gov.zjg.credit.validation.rules;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;
import cn.gov.zjg.credit.validation.OrgCode;

import static cn.gov.zjg.credit.validation.RuleCode.CREDIT_CODE;
import static cn.gov.zjg.credit.validation.RuleCode.CREDIT_CODE_LOOKS_LIKE_ID;
import static cn.gov.zjg.credit.validation.RuleCode.CREDIT_CODE_ORG_PART;
import static cn.gov.zjg.credit.validation.RuleCode.CREDIT_CODE_PLACEHOLDER;
import static cn.gov.zjg.credit.validation.RuleCode.ID_CARD;
import static cn.gov.zjg.credit.validation.RuleCode.LEGAL_REPRESENTATIVE;
import static cn.gov.zjg.credit.validation.RuleCode.NATURAL_PERSON_CODES;
import static cn.gov.zjg.credit.validation.RuleCode.ORG_CODE;
import static cn.gov.zjg.credit.validation.RuleCode.REQUIRED;

/**
 * Who the decision concerns (domain.md §1.6 rules 1–3, decision 4). Everything branches on 行政相对人类别 first: a
 * valid ID number can pass as a credit code (Hutool #1367), so a code is judged by what the category says it must be.
 * An unknown or missing category gets its own error (REQUIRED / ENUM) and no category rules.
 */
final class SubjectChecks {

    static final String ORGANISATION = "法人及非法人组织";
    static final String NATURAL_PERSON = "自然人";
    static final String INDIVIDUAL_BUSINESS = "个体工商户";
    static final String ID_CARD_TYPE = "身份证";

    /** Organisation identifiers a natural person must not have (§1.6 rule 3). */
    private static final List<String> ORGANISATION_CODES = List.of("XDR_SHXYM", "XDR_GSZC", "XDR_ZZJG", "XDR_SWDJ",
            "XDR_SYDW", "XDR_SHZZ");

    private SubjectChecks() {
    }

    static void check(RecordValues record, LocalDate today, Findings findings) {
        String category = record.text(record.code("XDR_LB"));
        if (ORGANISATION.equals(category) || INDIVIDUAL_BUSINESS.equals(category)) {
            organisation(record, category, today, findings);
        } else if (NATURAL_PERSON.equals(category)) {
            naturalPerson(record, today, findings);
        }
        if (!NATURAL_PERSON.equals(category)) {
            orgCode(record, record.code("XDR_ZZJG"), findings);
        }
        idCardIfDeclared(record, record.code("FR_ZJLX"), record.code("FR_ZJHM"), today, findings);
    }

    private static void organisation(RecordValues record, String category, LocalDate today, Findings findings) {
        String field = record.code("XDR_SHXYM");
        String code = record.text(field);
        if (code == null) {
            findings.add(REQUIRED, field, "forCategory", record.name(field), category);
        } else if (CreditCode.isPlaceholder(code)) {
            findings.judged(field);
            if (!INDIVIDUAL_BUSINESS.equals(category)) {
                findings.add(CREDIT_CODE_PLACEHOLDER, field, "notIndividual", record.name(field));
            } else if (record.isBlank(record.code("XDR_GSZC"))) {
                String registration = record.code("XDR_GSZC");
                findings.add(CREDIT_CODE_PLACEHOLDER, registration, "needsRegistrationNo", record.name(registration));
            }
        } else {
            creditCode(record, field, code, today, findings);
        }
        String representative = record.code("FRDB");
        if (record.isBlank(representative)) {
            findings.add(LEGAL_REPRESENTATIVE, representative, "", record.name(representative), category);
        }
    }

    private static void creditCode(RecordValues record, String field, String code, LocalDate today,
            Findings findings) {
        findings.judged(field);
        CreditCode.check(code).ifPresentOrElse(
                problem -> findings.add(CREDIT_CODE, field, detail(problem), record.name(field)),
                () -> {
                    if (!CreditCode.parse(code).hasValidOrgCode()) {
                        findings.add(CREDIT_CODE_ORG_PART, field, "", record.name(field));
                    }
                });
        // An 18-digit ID number where an organisation's code belongs: most fail the check above, 1 in 31 passes it.
        if (IdCardNumber.check(code, today).isEmpty()) {
            findings.add(CREDIT_CODE_LOOKS_LIKE_ID, field, "", record.name(field));
        }
    }

    private static void naturalPerson(RecordValues record, LocalDate today, Findings findings) {
        String type = record.code("XDR_ZJLX");
        String number = record.code("XDR_ZJHM");
        for (String field : List.of(type, number)) {
            if (record.isBlank(field)) {
                findings.add(REQUIRED, field, "forCategory", record.name(field), NATURAL_PERSON);
            }
        }
        for (String suffix : ORGANISATION_CODES) {
            String field = record.code(suffix);
            if (!record.isBlank(field)) {
                findings.add(NATURAL_PERSON_CODES, field, "", record.name(field));
            }
        }
        idCardIfDeclared(record, type, number, today, findings);
    }

    private static void idCardIfDeclared(RecordValues record, String typeField, String numberField, LocalDate today,
            Findings findings) {
        String number = record.text(numberField);
        if (number == null || !ID_CARD_TYPE.equals(record.text(typeField))) {
            return;
        }
        findings.judged(numberField);
        IdCardNumber.check(number, today).ifPresent(problem -> findings.add(ID_CARD, numberField,
                switch (problem) {
                    case FORMAT -> "format";
                    case REGION -> "region";
                    case BIRTH_DATE -> "birthDate";
                    case CHECK_DIGIT -> "checkDigit";
                }, record.name(numberField)));
    }

    private static void orgCode(RecordValues record, String field, Findings findings) {
        String code = record.text(field);
        if (code == null) {
            return;
        }
        findings.judged(field);
        OrgCode.check(code).ifPresent(problem -> findings.add(ORG_CODE, field,
                problem == OrgCode.Problem.FORMAT ? "format" : "checkDigit", record.name(field)));
    }

    static String detail(CreditCode.Problem problem) {
        return problem == CreditCode.Problem.FORMAT ? "format" : "checkDigit";
    }
}
