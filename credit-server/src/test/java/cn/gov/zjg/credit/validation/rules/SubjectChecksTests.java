package cn.gov.zjg.credit.validation.rules;

import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.validation.RuleViolation;
import cn.gov.zjg.credit.validation.Severity;
import cn.gov.zjg.credit.validation.ValidRecords;
import org.junit.jupiter.api.Test;

import static cn.gov.zjg.credit.submission.RecordType.LICENSE;
import static cn.gov.zjg.credit.submission.RecordType.PENALTY;
import static cn.gov.zjg.credit.validation.ValidRecords.TODAY;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.check;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** domain.md §1.6 rules 1–3 and decision 4: the subject, judged by its category first. */
class SubjectChecksTests {

    @Test
    void completeRecordsPassEveryRule() {
        assertThat(check(LICENSE, ValidRecords.license(), TODAY)).isEmpty();
        assertThat(check(PENALTY, ValidRecords.penalty(), TODAY)).isEmpty();
        assertThat(check(PENALTY, ValidRecords.penaltyOfPerson(), TODAY)).isEmpty();
    }

    @Test
    void organisationNeedsACreditCode_rule1_6_1() {
        Map<String, Object> r = ValidRecords.license();
        r.remove("XK_XDR_SHXYM");

        List<RuleViolation> violations = check(LICENSE, r, TODAY);

        assertThat(codes(violations)).containsExactly("REQUIRED.forCategory XK_XDR_SHXYM");
        assertThat(violations.get(0).args()).containsExactly("统一社会信用代码", "法人及非法人组织");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void rejectsCreditCodeWithWrongCheckDigit_GB32100() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_XDR_SHXYM", "91320582MA1MUL3Q1H");

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("CREDIT_CODE.checkDigit CF_XDR_SHXYM");
    }

    @Test
    void tellsAMalformedCreditCodeFromATypo_GB32100() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_XDR_SHXYM", "91320582MA1MUL3Q1"); // 17 characters: not reported again as too short or long

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("CREDIT_CODE.format CF_XDR_SHXYM");
    }

    @Test
    void warnsWhenTheEmbeddedOrganisationCodeFails_GB11714() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_SHXYM", "91320582MA1MUL3Q0D"); // GB 32100 passes, positions 9-17 do not

        List<RuleViolation> violations = check(LICENSE, r, TODAY);

        assertThat(codes(violations)).containsExactly("CREDIT_CODE_ORG_PART XK_XDR_SHXYM");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void placeholderIsOnlyForIndividualBusinesses_rule1_6_2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_SHXYM", "00000000000000000X");
        r.put("XK_XDR_GSZC", "320582000123456");

        assertThat(codes(check(LICENSE, r, TODAY)))
                .containsExactly("CREDIT_CODE_PLACEHOLDER.notIndividual XK_XDR_SHXYM");
    }

    @Test
    void individualBusinessMayUseThePlaceholderWithARegistrationNumber_rule1_6_2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_LB", "个体工商户");
        r.put("XK_XDR_SHXYM", "00000000000000000X");
        r.put("XK_XDR_GSZC", "320582600123456");

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void placeholderWithoutRegistrationNumberIsRefused_rule1_6_2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_LB", "个体工商户");
        r.put("XK_XDR_SHXYM", "00000000000000000X");

        assertThat(codes(check(LICENSE, r, TODAY)))
                .containsExactly("CREDIT_CODE_PLACEHOLDER.needsRegistrationNo XK_XDR_GSZC");
    }

    @Test
    void individualBusinessWithoutAnyCodeIsToldToUseOne_rule1_6_2() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_LB", "个体工商户");
        r.remove("XK_XDR_SHXYM");

        assertThat(codes(check(LICENSE, r, TODAY))).containsExactly("REQUIRED.forCategory XK_XDR_SHXYM");
    }

    @Test
    void warnsWhenAnOrganisationsCreditCodeIsAnIdNumber_decision4() {
        // 362322198709086409 is a valid ID number that also passes GB 32100 (Hutool #1367)
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_XDR_SHXYM", "362322198709086409");

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("CREDIT_CODE_ORG_PART CF_XDR_SHXYM",
                "CREDIT_CODE_LOOKS_LIKE_ID CF_XDR_SHXYM");
        assertThat(violations).flatExtracting(RuleViolation::args).doesNotContain("362322198709086409");
    }

    @Test
    void naturalPersonNeedsIdTypeAndNumber_rule1_6_3() {
        Map<String, Object> r = ValidRecords.penaltyOfPerson();
        r.remove("CF_XDR_ZJLX");
        r.remove("CF_XDR_ZJHM");

        assertThat(codes(check(PENALTY, r, TODAY)))
                .containsExactly("REQUIRED.forCategory CF_XDR_ZJLX", "REQUIRED.forCategory CF_XDR_ZJHM");
    }

    @Test
    void naturalPersonWithAnIdNumberInTheCreditCodeColumnIsRefusedNotAccepted_rule1_6_3() {
        // the number passes GB 32100, yet a natural person has no credit code: category first (decision 4)
        Map<String, Object> r = ValidRecords.penaltyOfPerson();
        r.put("CF_XDR_SHXYM", "362322198709086409");
        r.put("CF_XDR_ZZJG", "66600721-7");

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("NATURAL_PERSON_CODES CF_XDR_SHXYM",
                "NATURAL_PERSON_CODES CF_XDR_ZZJG");
        assertThat(violations).flatExtracting(RuleViolation::args).doesNotContain("362322198709086409");
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit_GB11643() {
        Map<String, Object> r = ValidRecords.penaltyOfPerson();
        r.put("CF_XDR_ZJHM", "320582198506121234");

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("ID_CARD.checkDigit CF_XDR_ZJHM");
        assertThat(violations.get(0).args()).containsExactly("证件号码"); // the number itself is never echoed
    }

    @Test
    void rejectsLowerCaseXAndFifteenDigitIdNumbers_decision4() {
        Map<String, Object> r = ValidRecords.penaltyOfPerson();
        r.put("CF_XDR_ZJHM", "11010519491231002x");
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("ID_CARD.format CF_XDR_ZJHM");

        r.put("CF_XDR_ZJHM", "130503670401001");
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("ID_CARD.format CF_XDR_ZJHM");
    }

    @Test
    void appliesGB11643OnlyToResidentIdCards() {
        Map<String, Object> r = ValidRecords.penaltyOfPerson();
        r.put("CF_XDR_ZJLX", "护照号");
        r.put("CF_XDR_ZJHM", "E12345678");

        assertThat(check(PENALTY, r, TODAY)).isEmpty();
    }

    @Test
    void checksTheLegalRepresentativesIdNumberToo_GB11643() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_FR_ZJLX", "身份证");
        r.put("XK_FR_ZJHM", "320582198502301237"); // 1985-02-30

        assertThat(codes(check(LICENSE, r, TODAY))).containsExactly("ID_CARD.birthDate XK_FR_ZJHM");
    }

    @Test
    void rejectsOrgCodeWithWrongCheckDigit_GB11714() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_ZZJG", "66600721-8");

        assertThat(codes(check(LICENSE, r, TODAY))).containsExactly("ORG_CODE.checkDigit XK_XDR_ZZJG");
    }

    @Test
    void acceptsAnOrgCodeWithItsHyphenAlthoughTheFieldHoldsNineCharacters_GB11714() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_ZZJG", "MA1MUL3Q-1");

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void warnsWhenAnOrganisationNamesNoLegalRepresentative() {
        Map<String, Object> r = ValidRecords.penalty();
        r.remove("CF_FRDB");

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("LEGAL_REPRESENTATIVE CF_FRDB");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownCategoryGetsNoCategoryRules() {
        // the dictionary rule reports the category itself; guessing what the code should be would mislead
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_LB", "企业");
        r.remove("XK_XDR_SHXYM");
        r.remove("XK_FRDB");

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void rejectsInvalidAuthorityAndSourceCodes_rule1_6_6() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFJGDM", "11320582MB01234578");
        r.put("CF_SJLYDM", "张家港市市场监督管理局");

        assertThat(codes(check(PENALTY, r, TODAY)))
                .containsExactly("AUTHORITY_CODE.checkDigit CF_CFJGDM", "SOURCE_CODE.format CF_SJLYDM");
    }
}
