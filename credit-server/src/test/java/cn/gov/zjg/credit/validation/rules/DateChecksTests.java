package cn.gov.zjg.credit.validation.rules;

import java.time.LocalDate;
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

/** domain.md §1.6 rule 5 and §1.3 row 22 (2099/12/31 = long-term). */
class DateChecksTests {

    @Test
    void rejectsDecisionDateInTheFuture_rule1_6_5() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_JDRQ", TODAY.plusDays(1));

        List<RuleViolation> violations = check(PENALTY, r, TODAY);

        assertThat(codes(violations)).containsExactly("DATE_FUTURE CF_JDRQ");
        assertThat(violations.get(0).args()).containsExactly("处罚决定日期", "2026-05-09", "2026-05-08");
    }

    @Test
    void acceptsADecisionMadeToday_rule1_6_5() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_JDRQ", TODAY);

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void rejectsLicenceValidFromAfterValidTo_rule1_6_5() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_YXQZ", LocalDate.of(2031, 5, 6));
        r.put("XK_YXQZI", LocalDate.of(2031, 5, 5));

        List<RuleViolation> violations = check(LICENSE, r, TODAY);

        assertThat(codes(violations)).containsExactly("DATE_ORDER XK_YXQZI");
        assertThat(violations.get(0).args()).containsExactly("有效期自", "2031-05-06", "有效期至", "2031-05-05");
    }

    @Test
    void rejectsPenaltyValidityOrPublicityEndingBeforeTheDecision_rule1_6_5() {
        Map<String, Object> r = ValidRecords.penalty();
        r.put("CF_YXQ", ValidRecords.DECIDED.minusDays(1));
        r.put("CF_GSJZQ", ValidRecords.DECIDED.minusDays(1));

        assertThat(codes(check(PENALTY, r, TODAY))).containsExactly("DATE_ORDER CF_YXQ", "DATE_ORDER CF_GSJZQ");
    }

    @Test
    void acceptsLongTermAs20991231_rule1_3() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_YXQZI", LocalDate.of(2099, 12, 31));

        assertThat(check(LICENSE, r, TODAY)).isEmpty();
    }

    @Test
    void rejectsEndDatesBeyond20991231_rule1_3() {
        Map<String, Object> license = ValidRecords.license();
        license.put("XK_YXQZI", LocalDate.of(9999, 12, 31));
        Map<String, Object> penalty = ValidRecords.penalty();
        penalty.put("CF_YXQ", LocalDate.of(2100, 1, 1));

        assertThat(codes(check(LICENSE, license, TODAY))).containsExactly("DATE_LONG_TERM XK_YXQZI");
        assertThat(codes(check(PENALTY, penalty, TODAY))).containsExactly("DATE_LONG_TERM CF_YXQ");
    }

    @Test
    void readsDatesAsAMapperReturnsThem() {
        Map<String, Object> r = ValidRecords.license();
        r.put("XK_JDRQ", java.sql.Date.valueOf(TODAY.plusDays(3)));

        assertThat(codes(check(LICENSE, r, TODAY))).containsExactly("DATE_FUTURE XK_JDRQ");
    }
}
