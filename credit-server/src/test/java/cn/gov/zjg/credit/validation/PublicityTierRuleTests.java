package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.gov.zjg.credit.validation.PublicityTier.GENERAL;
import static cn.gov.zjg.credit.validation.PublicityTier.LIGHT;
import static cn.gov.zjg.credit.validation.PublicityTier.SERIOUS;
import static org.assertj.core.api.Assertions.assertThat;

/** The seeded publicity tiers of 2019, 2023 and 2026 (domain.md §3.2, decision 5). */
@CreditIntegrationTest
class PublicityTierRuleTests {

    @Autowired
    PublicityPeriods periods;

    @Test
    void rule2019_generalThreeMonthsToOneYear_seriousSixMonthsToThreeYears() {
        LocalDate decided = LocalDate.of(2021, 3, 15);

        PublicityPeriod general = periods.period(decided, GENERAL).orElseThrow();
        PublicityPeriod serious = periods.period(decided, SERIOUS).orElseThrow();

        assertThat(general.minEnd()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(general.maxEnd()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(serious.minEnd()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(serious.maxEnd()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(serious.ruleSource()).contains("527号");
    }

    @Test
    void rule2023_threeMonthsToThreeYearsWhateverTheTier() {
        for (PublicityTier tier : PublicityTier.values()) {
            PublicityPeriod period = periods.period(LocalDate.of(2024, 1, 10), tier).orElseThrow();
            assertThat(period.minEnd()).as(tier.name()).isEqualTo(LocalDate.of(2024, 4, 10));
            assertThat(period.maxEnd()).as(tier.name()).isEqualTo(LocalDate.of(2027, 1, 10));
            assertThat(period.published()).isTrue();
        }
    }

    @Test
    void rule2026_lightNotPublished_generalUpToAYear_seriousOneToThreeYears() {
        LocalDate decided = LocalDate.of(2026, 4, 1);

        PublicityPeriod light = periods.period(decided, LIGHT).orElseThrow();
        PublicityPeriod general = periods.period(decided, GENERAL).orElseThrow();
        PublicityPeriod serious = periods.period(decided, SERIOUS).orElseThrow();

        assertThat(light.published()).isFalse();
        assertThat(light.maxEnd()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(general.maxEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(serious.minEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(serious.maxEnd()).isEqualTo(LocalDate.of(2029, 4, 1));
    }

    @Test
    void theDayBeforeANewRuleStillTakesTheOldOne() {
        assertThat(periods.period(LocalDate.of(2026, 3, 31), GENERAL).orElseThrow().maxEnd())
                .isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(periods.period(LocalDate.of(2023, 4, 30), GENERAL).orElseThrow().maxEnd())
                .isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void derivesTheTierWhenTheDepartmentGivesNone_decision5() {
        PublicityPeriod period = periods.period(LocalDate.of(2026, 5, 6), null, List.of("罚款", "责令停产停业"))
                .orElseThrow();

        assertThat(period.tier()).isEqualTo(SERIOUS);
        assertThat(periods.period(LocalDate.of(2026, 5, 6), GENERAL, List.of("责令停产停业")).orElseThrow().tier())
                .isEqualTo(GENERAL);
    }

    @Test
    void decisionsBeforeThe2019RuleHaveNoSeededPeriod() {
        assertThat(periods.period(LocalDate.of(2018, 12, 1), GENERAL)).isEmpty();
    }
}
