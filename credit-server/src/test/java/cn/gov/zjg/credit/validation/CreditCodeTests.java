package cn.gov.zjg.credit.validation;

import cn.hutool.core.util.CreditCodeUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GB 32100-2015 (domain.md §2.1). Every check character below was computed independently of this code and of Hutool
 * (a separate script over the standard's weights 3^(i-1) mod 31).
 */
class CreditCodeTests {

    @Test
    void acceptsValidCreditCodes_GB32100() {
        assertThat(CreditCode.check("91310110666007217T")).isEmpty();
        assertThat(CreditCode.check("91230500MA1B3N1N2M")).isEmpty();
        assertThat(CreditCode.check("91110000802100433B")).isEmpty();
        assertThat(CreditCode.check("113205820141605319")).isEmpty(); // 机关 (category 11) in 张家港 (320582)
        assertThat(CreditCode.check("92320582MA1P4K7R37")).isEmpty(); // 个体工商户
    }

    @Test
    void rejectsCreditCodeWithWrongCheckDigit_GB32100() {
        assertThat(CreditCode.check("91310110666007217U")).contains(CreditCode.Problem.CHECK_DIGIT);
        assertThat(CreditCode.check("91310110666007218T")).contains(CreditCode.Problem.CHECK_DIGIT);
    }

    @Test
    void tellsMalformedCodesFromWrongCheckDigits_GB32100() {
        assertThat(CreditCode.check("91310110666007217")).contains(CreditCode.Problem.FORMAT); // 17 characters
        assertThat(CreditCode.check("91310110666007217TX")).contains(CreditCode.Problem.FORMAT);
        // O is not in the alphabet
        assertThat(CreditCode.check("9131011066600721OT")).contains(CreditCode.Problem.FORMAT);
        assertThat(CreditCode.check("91310110666007217t")).contains(CreditCode.Problem.FORMAT); // lower case
        assertThat(CreditCode.check("91ABC110666007217T")).contains(CreditCode.Problem.FORMAT); // 区划 must be digits
        assertThat(CreditCode.check("")).contains(CreditCode.Problem.FORMAT);
        assertThat(CreditCode.check(null)).contains(CreditCode.Problem.FORMAT);
    }

    @Test
    void individualBusinessPlaceholderFailsTheChecksumSoItMustBeWhitelisted_GB32100() {
        // domain.md §1.6 rule 2: the placeholder's computed check character is 0, not X
        assertThat(CreditCode.isPlaceholder("00000000000000000X")).isTrue();
        assertThat(CreditCode.checkChar("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.check(CreditCode.INDIVIDUAL_PLACEHOLDER)).contains(CreditCode.Problem.CHECK_DIGIT);
        assertThat(CreditCodeUtil.isCreditCode(CreditCode.INDIVIDUAL_PLACEHOLDER)).isFalse();
    }

    @Test
    void computesTheSameCheckCharacterAsHutool_GB32100() {
        for (int i = 0; i < 500; i++) {
            String code = CreditCodeUtil.randomCreditCode();
            assertThat(CreditCode.checkChar(code.substring(0, 17))).as(code).isEqualTo(code.charAt(17));
        }
    }

    @Test
    void embeddedOrganisationCodeIsCheckedByGB11714() {
        assertThat(CreditCode.parse("91310110666007217T").orgCode()).isEqualTo("666007217");
        assertThat(CreditCode.parse("91320582MA1MUL3Q1G").hasValidOrgCode()).isTrue();
        // passes GB 32100 (check character D) but positions 9-17 end in 0 where GB 11714 gives 1
        assertThat(CreditCode.parse("91320582MA1MUL3Q0D").hasValidOrgCode()).isFalse();
    }

    @Test
    void aValidIdNumberCanPassAsACreditCode_HutoolIssue1367() {
        // why validation branches on 行政相对人类别 first (domain.md decision 4)
        assertThat(CreditCode.check("362322198709086409")).isEmpty();
    }

    @Test
    void parseRefusesInvalidCodesAndKeepsValidOnes() {
        assertThat(CreditCode.parse("91310110666007217T")).hasToString("91310110666007217T")
                .isEqualTo(CreditCode.parse("91310110666007217T"));
        assertThatThrownBy(() -> CreditCode.parse("91310110666007217U")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHECK_DIGIT");
    }
}
