package cn.gov.zjg.credit.validation;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.gov.zjg.credit.submission.BatchService;
import cn.hutool.cache.CacheUtil;
import cn.hutool.cache.impl.TimedCache;

import org.springframework.stereotype.Component;

/**
 * The enabled values of each dictionary (domain.md decision 2: enumerations are data an administrator extends), read
 * through submission's service, which owns {@code dictionary_item}, and cached on this node for a minute so a batch of
 * 50,000 rows costs one query per dictionary.
 */
@Component
class AllowedValues {

    static final Duration TTL = Duration.ofMinutes(1);

    private final BatchService batches;
    private final TimedCache<String, Set<String>> cache = CacheUtil.newTimedCache(TTL.toMillis());

    AllowedValues(BatchService batches) {
        this.batches = batches;
    }

    /** Allowed values of {@code dictCode}, in display order. */
    Set<String> of(String dictCode) {
        return cache.get(dictCode, false,
                () -> Collections.unmodifiableSet(new LinkedHashSet<>(batches.dictionary(dictCode))));
    }

    void evict() {
        cache.clear();
    }
}
