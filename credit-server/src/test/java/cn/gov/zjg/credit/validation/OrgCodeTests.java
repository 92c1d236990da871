package cn.gov.zjg.credit.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GB 11714-1997 (domain.md §2.3). Check characters computed independently (a separate script over the weights
 * 3, 7, 9, 10, 5, 8, 4, 2).
 */
class OrgCodeTests {

    @Test
    void acceptsValidCodesWithOrWithoutHyphen_GB11714() {
        assertThat(OrgCode.check("66600721-7")).isEmpty();
        assertThat(OrgCode.check("666007217")).isEmpty();
        assertThat(OrgCode.check("MA1FL1MMX")).isEmpty(); // letters count A = 10 … Z = 35
    }

    @Test
    void writesTenAsXAndElevenAsZero_GB11714() {
        assertThat(OrgCode.checkChar("10000018")).isEqualTo('X');
        assertThat(OrgCode.check("10000018-X")).isEmpty();
        assertThat(OrgCode.checkChar("10000004")).isEqualTo('0');
        assertThat(OrgCode.check("100000040")).isEmpty();
    }

    @Test
    void rejectsOrgCodeWithWrongCheckDigit_GB11714() {
        assertThat(OrgCode.check("66600721-8")).contains(OrgCode.Problem.CHECK_DIGIT);
        assertThat(OrgCode.check("10000018-0")).contains(OrgCode.Problem.CHECK_DIGIT);
    }

    @Test
    void rejectsMalformedOrgCodes_GB11714() {
        assertThat(OrgCode.check("6660072-17")).contains(OrgCode.Problem.FORMAT); // hyphen in the wrong place
        assertThat(OrgCode.check("66600721")).contains(OrgCode.Problem.FORMAT);
        assertThat(OrgCode.check("ma1fl1mmx")).contains(OrgCode.Problem.FORMAT);
        assertThat(OrgCode.check("66600721-A")).contains(OrgCode.Problem.FORMAT); // check is a digit or X
        assertThat(OrgCode.check(null)).contains(OrgCode.Problem.FORMAT);
    }

    @Test
    void machineFormDropsTheHyphen() {
        assertThat(OrgCode.machineForm("66600721-7")).isEqualTo("666007217");
    }
}
