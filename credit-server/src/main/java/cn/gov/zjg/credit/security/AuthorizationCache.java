package cn.gov.zjg.credit.security;

import java.time.Duration;
import java.util.function.Supplier;

import cn.hutool.cache.CacheUtil;
import cn.hutool.cache.impl.TimedCache;
import org.apache.shiro.authz.AuthorizationInfo;

import org.springframework.stereotype.Component;

/**
 * Roles and permissions per user, cached on this node for a minute so a page that checks ten permissions costs one
 * query. A change made on this node evicts at once; other nodes pick it up within the minute.
 */
@Component
class AuthorizationCache {

    static final Duration TTL = Duration.ofMinutes(1);

    private final TimedCache<Long, AuthorizationInfo> cache = CacheUtil.newTimedCache(TTL.toMillis());

    AuthorizationInfo get(long userId, Supplier<AuthorizationInfo> loader) {
        return cache.get(userId, false, loader::get);
    }

    void evict(long userId) {
        cache.remove(userId);
    }
}
