package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.validation.ValidationMapper.TierRule;
import org.junit.jupiter.api.Test;

import static cn.gov.zjg.credit.validation.PublicityTier.GENERAL;
import static cn.gov.zjg.credit.validation.PublicityTier.LIGHT;
import static cn.gov.zjg.credit.validation.PublicityTier.SERIOUS;
import static org.assertj.core.api.Assertions.assertThat;

/** Tiers and periods of penalty publicity (domain.md §3.2, decision 5), without the database. */
class PublicityPeriodsTests {

    private static final LocalDate RULE_2023 = LocalDate.of(2023, 5, 1);
    private static final LocalDate RULE_2026 = LocalDate.of(2026, 4, 1);
    private static final List<TierRule> RULES = List.of(
            new TierRule(1, RULE_2023, GENERAL, 3, 36, true, "2023"),
            new TierRule(2, RULE_2026, GENERAL, 3, 12, true, "2026"),
            new TierRule(3, RULE_2026, LIGHT, 0, 3, false, "2026"));

    @Test
    void onlyWarningsAndCriticismAreLight_decision5() {
        assertThat(PublicityPeriods.defaultTier(List.of("警告"))).isEqualTo(LIGHT);
        assertThat(PublicityPeriods.defaultTier(List.of("警告", "通报批评"))).isEqualTo(LIGHT);
        assertThat(PublicityPeriods.defaultTier(List.of("警告", "罚款"))).isEqualTo(GENERAL);
    }

    @Test
    void anyOfTheGravestKindsIsSerious_decision5() {
        for (String kind : List.of("吊销许可证件", "责令停产停业", "责令关闭", "限制从业", "限制开展生产经营活动",
                "降低资质等级")) {
            assertThat(PublicityPeriods.defaultTier(List.of("警告", kind))).as(kind).isEqualTo(SERIOUS);
        }
        assertThat(PublicityPeriods.defaultTier(List.of("罚款", "吊销营业执照"))).isEqualTo(SERIOUS);
    }

    @Test
    void everythingElseIsGeneral_decision5() {
        assertThat(PublicityPeriods.defaultTier(List.of("罚款"))).isEqualTo(GENERAL);
        assertThat(PublicityPeriods.defaultTier(List.of("没收违法所得", "暂扣许可证件"))).isEqualTo(GENERAL);
        assertThat(PublicityPeriods.defaultTier(List.of())).isEqualTo(GENERAL);
    }

    @Test
    void aDecisionTakesTheRuleInForceOnItsDecisionDate_decision5() {
        PublicityPeriod before = PublicityPeriods.period(RULES, LocalDate.of(2026, 3, 31), GENERAL).orElseThrow();
        PublicityPeriod after = PublicityPeriods.period(RULES, RULE_2026, GENERAL).orElseThrow();

        assertThat(before.ruleEffectiveFrom()).isEqualTo(RULE_2023);
        assertThat(before.maxEnd()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(after.ruleEffectiveFrom()).isEqualTo(RULE_2026);
        assertThat(after.minEnd()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(after.maxEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void periodsRunFromTheDecisionDateInCalendarMonths() {
        // 31 January + 3 months ends on the last day of April
        PublicityPeriod period = PublicityPeriods.period(RULES, LocalDate.of(2027, 1, 31), GENERAL).orElseThrow();

        assertThat(period.minEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void lightPenaltiesAreNotPublishedUnderThe2026Rule_decision5() {
        PublicityPeriod period = PublicityPeriods.period(RULES, LocalDate.of(2026, 5, 6), LIGHT).orElseThrow();

        assertThat(period.published()).isFalse();
        assertThat(period.maxEnd()).isEqualTo(LocalDate.of(2026, 8, 6));
    }

    @Test
    void noPeriodBeforeTheFirstRuleOrForATierWithoutRule() {
        assertThat(PublicityPeriods.period(RULES, LocalDate.of(2023, 4, 30), GENERAL)).isEmpty();
        assertThat(PublicityPeriods.period(RULES, LocalDate.of(2026, 5, 6), SERIOUS)).isEmpty();
    }
}
