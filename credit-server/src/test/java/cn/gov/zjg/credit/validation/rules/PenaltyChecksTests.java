package cn.gov.zjg.credit.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.validation.RuleViolation;
import cn.gov.zjg.credit.validation.Severity;
import cn.gov.zjg.credit.validation.ValidRecords;
import org.junit.jupiter.api.Test;

import static cn.gov.zjg.credit.submission.RecordType.PENALTY;
import static cn.gov.zjg.credit.validation.ValidRecords.TODAY;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.check;
import static cn.gov.zjg.credit.validation.rules.RuleAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;

/** domain.md §1.6 rule 4: amounts in 万元 and licences follow 处罚类别. */
class PenaltyChecksTests {

    @Test
    void fineNeedsAnAmount_rule1_6_4() {
        Map<String, Object> r = ValidRecords.penalty();
        r.remove("CF_NR_FK");

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_FINE.missing CF_NR_FK");
    }

    @Test
    void fineMustBePositive_rule1_6_4() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_NR_FK", BigDecimal.ZERO);
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_FINE.notPositive CF_NR_FK");

        r.put("CF_NR_FK", new BigDecimal("-0.2"));
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_FINE.notPositive CF_NR_FK");
    }

    @Test
    void warnsWhenTheFineWasEnteredInYuan_rule1_4() {
        // 罚款2000元 is 0.2 万元 (the standard's worked example)
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_NR_FK", new BigDecimal("2000"));

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("AMOUNT_UNIT CF_NR_FK");
        assertThat(violations.get(0).args()).containsExactly("罚款金额（万元）", "2000", "0.2");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void doesNotSuspectAnAmountWrittenInTenThousandYuan() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_NR", "罚款人民币2000万元");
        r.put("CF_NR_FK", new BigDecimal("2000"));

        assertThat(check(PENALTY, r, TODAY)).isEmpty();
    }

    @Test
    void warnsAboutAnAmountWithoutItsPenaltyKind_rule1_6_4() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFLB", "警告");
        r.put("CF_NR", "警告");
        r.put("CF_NR_WFFF", new BigDecimal("1.5"));

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_WITHOUT_CATEGORY CF_NR_FK",
                "AMOUNT_WITHOUT_CATEGORY CF_NR_WFFF");
    }

    @Test
    void confiscationNeedsAnAmountWhichMayBeZero_rule1_6_4() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFLB", "罚款;没收非法财物");
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_CONFISCATION.missing CF_NR_WFFF");

        r.put("CF_NR_WFFF", BigDecimal.ZERO); // goods without an assessed value
        assertThat(check(PENALTY, r, TODAY)).isEmpty();

        r.put("CF_NR_WFFF", new BigDecimal("-1"));
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("AMOUNT_CONFISCATION.negative CF_NR_WFFF");
    }

    @Test
    void suspensionOrRevocationNeedsTheLicenceNameAndNumber_rule1_6_4() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFLB", "罚款;吊销许可证件");
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("LICENCE_SUSPENDED CF_NR_ZKDX");

        r.put("CF_CFLB", "暂扣许可证件");
        r.remove("CF_NR_FK");
        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("LICENCE_SUSPENDED CF_NR_ZKDX");

        r.put("CF_NR_ZKDX", "食品经营许可证 JY13205820123456");
        assertThat(check(PENALTY, r, TODAY)).isEmpty();
    }

    @Test
    void recognisesLegacyPenaltyKinds_rule1_2() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_CFLB", "暂扣或者吊销许可证;暂扣或者吊销执照");
        r.remove("CF_NR_FK");

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("LICENCE_SUSPENDED CF_NR_ZKDX");
    }
}
