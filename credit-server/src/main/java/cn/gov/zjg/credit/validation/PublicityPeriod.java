package cn.gov.zjg.credit.validation;

import java.time.LocalDate;

/**
 * The publicity period of one penalty decision: its tier, the rule applied (by its effective date and source), whether
 * the tier is published at all, and the earliest and latest end of publicity counted from the decision date. Repair
 * may be requested after {@code minEnd}; publicity stops automatically at {@code maxEnd} (the value for 公示截止期).
 */
public record PublicityPeriod(PublicityTier tier, LocalDate decisionDate, LocalDate ruleEffectiveFrom,
        String ruleSource, boolean published, LocalDate minEnd, LocalDate maxEnd) {
}
