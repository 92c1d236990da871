package cn.gov.zjg.credit.portal;

import java.io.Serializable;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.stereotype.Component;

/**
 * The portal's page-model cache in Redis, shared by every node. Every key carries the current generation
 * ({@code credit:portal:gen}); a change of published data increments it ({@link #invalidateAll()}), so all cached
 * models are stale at once and expire on their own ({@code credit.portal.cache-ttl}). The generation is read before
 * the database, so a model read before a change is stored under the old generation and never served after it: a
 * withdrawn record cannot come back from the cache.
 */
@Component
class PortalCache {

    private static final Logger log = LoggerFactory.getLogger(PortalCache.class);
    static final String GENERATION = "credit:portal:gen";
    private static final String PREFIX = "credit:portal:cache:";

    private final RedisTemplate<String, Object> redis;
    private final StringRedisTemplate generations;
    private final PortalProperties props;

    PortalCache(RedisConnectionFactory connections, StringRedisTemplate generations, PortalProperties props) {
        this.generations = generations;
        this.props = props;
        RedisTemplate<String, Object> template = new RedisTemplate<>();
        template.setConnectionFactory(connections);
        template.setKeySerializer(StringRedisSerializer.UTF_8);
        template.setValueSerializer(new JdkSerializationRedisSerializer(getClass().getClassLoader()));
        template.afterPropertiesSet();
        this.redis = template;
    }

    /** The cached value of {@code key}, or {@code loader}'s (stored unless null). */
    @SuppressWarnings("unchecked")
    <T extends Serializable> T get(String key, Supplier<T> loader) {
        String fullKey;
        try {
            String generation = generations.opsForValue().get(GENERATION);
            fullKey = PREFIX + (generation == null ? "0" : generation) + ":" + key;
            Object cached = redis.opsForValue().get(fullKey);
            if (cached != null) {
                return (T) cached;
            }
        } catch (RuntimeException e) {
            // A cache that cannot be read must not take the public site down: answer from the database.
            log.warn("Portal cache unavailable, reading {} from the database: {}", key, e.toString());
            return loader.get();
        }
        T value = loader.get();
        if (value != null) {
            redis.opsForValue().set(fullKey, value, props.cacheTtl());
        }
        return value;
    }

    /** Makes every cached page model stale (all nodes). */
    void invalidateAll() {
        generations.opsForValue().increment(GENERATION);
    }
}
