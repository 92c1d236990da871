package cn.gov.zjg.credit.submission.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Requests per department and period (token bucket, greedy refill), with Bucket4j's compare-and-swap buckets in the
 * application's own Redis: the connection comes from Spring's Lettuce client, so URL, database, password and TLS are
 * those of {@code spring.data.redis.*}, and every node shares the buckets.
 */
@Component
class PushRateLimiter implements DisposableBean {

    private static final String PREFIX = "credit:push:rate:";

    private final StatefulConnection<byte[], byte[]> connection;
    private final ProxyManager<byte[]> buckets;
    private final PushProperties.RateLimit limits;

    PushRateLimiter(LettuceConnectionFactory redis, PushProperties props) {
        this.limits = props.rateLimit();
        // An idle bucket is removed from Redis once it would be full again (plus a little).
        ExpirationAfterWriteStrategy expiry =
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
        AbstractRedisClient client = redis.getRequiredNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<byte[], byte[]> c = cluster.connect(ByteArrayCodec.INSTANCE);
            this.connection = c;
            this.buckets = Bucket4jLettuce.casBasedBuilder(c).expirationAfterWrite(expiry).build();
        } else {
            StatefulRedisConnection<byte[], byte[]> c = ((RedisClient) client).connect(ByteArrayCodec.INSTANCE);
            this.connection = c;
            this.buckets = Bucket4jLettuce.casBasedBuilder(c).expirationAfterWrite(expiry).build();
        }
    }

    /** Takes one request from the caller's department bucket; refuses with 429 and Retry-After when it is empty. */
    long consume(ApiCaller caller) {
        int capacity = limits.capacityFor(caller.departmentCode());
        Duration period = limits.period();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        ConsumptionProbe probe = buckets.builder()
                .build(key(caller.departmentId(), capacity, period).getBytes(StandardCharsets.UTF_8),
                        () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw PushProblem.rateLimited(seconds, String.valueOf(period.toSeconds()), String.valueOf(capacity),
                    String.valueOf(seconds));
        }
        return probe.getRemainingTokens();
    }

    /**
     * The limit is part of the key, so a changed configuration takes effect at once with a fresh bucket (the old one
     * expires) instead of waiting for a busy department's stored bucket to go idle.
     */
    static String key(long departmentId, int capacity, Duration period) {
        return PREFIX + departmentId + ":" + capacity + "/" + period.toSeconds() + "s";
    }

    @Override
    public void destroy() {
        connection.close();
    }
}
