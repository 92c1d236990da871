package cn.gov.zjg.credit.validation;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.ValidationMapper.StoredSetting;
import cn.hutool.cache.CacheUtil;
import cn.hutool.cache.impl.TimedCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' choice of severity per rule and record type (ERROR, WARNING or OFF), stored in
 * {@code validation_rule_setting} over the defaults in {@link RuleCode}. The validator reads the settings through a
 * one-minute cache: a change applies at once on the node that made it and within a minute on the others.
 */
@Service
public class RuleSettingsService {

    static final Duration TTL = Duration.ofMinutes(1);

    private final ValidationMapper mapper;
    private final TimedCache<RecordType, Map<RuleCode, Severity>> cache = CacheUtil.newTimedCache(TTL.toMillis());

    RuleSettingsService(ValidationMapper mapper) {
        this.mapper = mapper;
    }

    /** Every rule that applies to {@code type}, in {@link RuleCode} order, with its default and current severity. */
    @Transactional(readOnly = true)
    public List<RuleSetting> list(RecordType type) {
        Map<RuleCode, StoredSetting> stored = stored(type);
        return RuleCode.forType(type).stream().map(rule -> {
            StoredSetting s = stored.get(rule);
            return s == null ? new RuleSetting(type, rule, rule.defaultSeverity(), rule.defaultSeverity(), null, null)
                    : new RuleSetting(type, rule, rule.defaultSeverity(), s.severity(), s.updatedBy(), s.updatedAt());
        }).toList();
    }

    /**
     * Sets the severity of {@code rule} for {@code type}, recording who did it. Refuses a rule that does not apply to
     * the type ({@code validation.rules.notApplicable}).
     */
    public void update(RecordType type, RuleCode rule, Severity severity, String updatedBy) {
        if (!rule.appliesTo(type)) {
            throw new BusinessRuleException("validation.rules.notApplicable", rule.name(), type.label());
        }
        // One statement, committed on its own, so the eviction below cannot race a transaction still open.
        mapper.upsertSetting(type, rule, severity, updatedBy);
        cache.remove(type);
    }

    /** The severity in force for every rule that applies to {@code type} (OFF included). */
    public Map<RuleCode, Severity> severities(RecordType type) {
        return cache.get(type, false, () -> {
            Map<RuleCode, Severity> severities = new EnumMap<>(RuleCode.class);
            RuleCode.forType(type).forEach(rule -> severities.put(rule, rule.defaultSeverity()));
            stored(type).forEach((rule, s) -> severities.put(rule, s.severity()));
            return Map.copyOf(severities);
        });
    }

    private Map<RuleCode, StoredSetting> stored(RecordType type) {
        return mapper.findSettings(type).stream()
                .filter(s -> s.ruleCode().appliesTo(type))
                .collect(Collectors.toMap(StoredSetting::ruleCode, Function.identity()));
    }
}
