package cn.gov.zjg.credit.validation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.hutool.cache.CacheUtil;
import cn.hutool.cache.impl.TimedCache;

import cn.gov.zjg.credit.validation.ValidationMapper.TierRule;

import org.springframework.stereotype.Service;

/**
 * Publicity periods of penalty information (domain.md §3.2, decision 5) from the effective-dated table
 * {@code publicity_tier_rule}, seeded with the 2019, 2023 and 2026 rules: a decision takes the rule in force on its
 * decision date, and the periods run from that date. The rules are cached on this node for ten minutes.
 */
@Service
public class PublicityPeriods {

    static final Duration TTL = Duration.ofMinutes(10);

    /** Decision 5: only these kinds → 轻微. */
    private static final Set<String> LIGHT_KINDS = Set.of("警告", "通报批评");
    /** Decision 5: any of these → 严重. */
    private static final Set<String> SERIOUS_KINDS = Set.of("吊销许可证件", "责令停产停业", "责令关闭", "限制从业",
            "限制开展生产经营活动", "降低资质等级");

    private static final String ALL = "all";

    private final ValidationMapper mapper;
    private final TimedCache<String, List<TierRule>> rules = CacheUtil.newTimedCache(TTL.toMillis());

    PublicityPeriods(ValidationMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The tier of a penalty whose department gave none (decision 5): only 警告 / 通报批评 → 轻微; any of 吊销许可证件,
     * 责令停产停业, 责令关闭, 限制从业, 限制开展生产经营活动, 降低资质等级 (or a legacy 吊销… kind such as 吊销营业执照) →
     * 严重; anything else, including no kind at all → 一般. Several kinds: the most serious wins.
     */
    public static PublicityTier defaultTier(Collection<String> penaltyKinds) {
        if (penaltyKinds.stream().anyMatch(kind -> SERIOUS_KINDS.contains(kind) || kind.startsWith("吊销"))) {
            return PublicityTier.SERIOUS;
        }
        if (!penaltyKinds.isEmpty() && LIGHT_KINDS.containsAll(penaltyKinds)) {
            return PublicityTier.LIGHT;
        }
        return PublicityTier.GENERAL;
    }

    /**
     * The publicity period of a decision of {@code tier} made on {@code decisionDate}, under the rule in force that
     * day; empty when no rule was in force yet (decisions before 2019-07-01 in the seed).
     */
    public Optional<PublicityPeriod> period(LocalDate decisionDate, PublicityTier tier) {
        return period(rules.get(ALL, false, mapper::findTierRules), decisionDate, tier);
    }

    /**
     * As {@link #period(LocalDate, PublicityTier)}, with the department's tier when given, otherwise the
     * {@linkplain #defaultTier default tier} of {@code penaltyKinds} (the values of 处罚类别).
     */
    public Optional<PublicityPeriod> period(LocalDate decisionDate, PublicityTier givenTier,
            Collection<String> penaltyKinds) {
        return period(decisionDate, givenTier != null ? givenTier : defaultTier(penaltyKinds));
    }

    /** Forgets the cached rules on this node (after the table was edited). */
    void evict() {
        rules.clear();
    }

    static Optional<PublicityPeriod> period(List<TierRule> rules, LocalDate decisionDate, PublicityTier tier) {
        return rules.stream()
                .filter(rule -> rule.tier() == tier && !rule.effectiveFrom().isAfter(decisionDate))
                .max(Comparator.comparing(TierRule::effectiveFrom))
                .map(rule -> new PublicityPeriod(tier, decisionDate, rule.effectiveFrom(), rule.source(),
                        rule.published(), decisionDate.plusMonths(rule.minMonths()),
                        decisionDate.plusMonths(rule.maxMonths())));
    }
}
