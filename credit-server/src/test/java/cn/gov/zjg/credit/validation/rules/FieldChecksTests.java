package cn.gov.zjg.credit.validation.rules;

import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.validation.RuleViolation;
import cn.gov.zjg.credit.validation.ValidRecords;
import org.junit.jupiter.api.Test;

import static cn.gov.zjg.credit.submission.RecordType.LICENSE;
import static cn.gov.zjg.credit.submission.RecordType.PENALTY;
import static cn.gov.zjg.credit.validation.ValidRecords.TODAY;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.check;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** Mandatory fields and maximum lengths of the 2.0 field catalogue (domain.md §1.3, §1.4). */
class FieldChecksTests {

    @Test
    void requiresTheMandatoryFieldsOfTheStandard() {
        Map<String, Object> r = ValidRecords.license();
        r.remove("XK_XDR_MC");
        r.put("XK_WSH", "   ");
        r.remove("XK_JDRQ");

        List<RuleViolation> violations = check(LICENSE, r, TODAY);

        assertThat(codes(violations)).containsExactlyInAnyOrder("REQUIRED XK_XDR_MC", "REQUIRED XK_WSH",
                "REQUIRED XK_JDRQ");
        assertThat(violations).extracting(v -> v.args().get(0)).contains("行政相对人名称", "行政许可决定文书号");
    }

    @Test
    void optionalAndConditionalFieldsMayBeBlank() {
        Map<String, Object> r = ValidRecords.penalty();
        r.remove("CF_GSJZQ");
        r.put("BZ", "");

        assertThat(check(PENALTY, r, TODAY)).isEmpty();
    }

    @Test
    void rejectsTextLongerThanTheStandardAllows() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_MC", "张".repeat(201));

        List<RuleViolation> violations = check(LICENSE, r, TODAY);

        assertThat(codes(violations)).containsExactly("LENGTH XK_XDR_MC");
        assertThat(violations.get(0).args()).containsExactly("行政相对人名称", "200", "201");
    }

    @Test
    void countsCharactersNotBytesOrUtf16Units() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_MC", "张".repeat(199) + "𠀀"); // a CJK extension-B character is two UTF-16 units

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void appliesLengthsToEnumeratedAndCodeFieldsToo() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_XDR_SWDJ", "3205821234567890"); // 税务登记号 holds 15

        assertThat(codes(check(LICENSE, r, TODAY))).containsExactly("LENGTH XK_XDR_SWDJ");
    }
}
