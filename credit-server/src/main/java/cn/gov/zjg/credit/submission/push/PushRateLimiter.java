package cn.gov.zjg.credit.submission.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.gov.zjg.credit.shared.RedisBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Requests per department and period (token bucket, greedy refill), in Bucket4j buckets in the application's own
 * Redis ({@link RedisBuckets}), shared by every node.
 */
@Component
class PushRateLimiter {

    private static final String PREFIX = "credit:push:rate:";

    private final RedisBuckets buckets;
    private final PushProperties.RateLimit limits;

    PushRateLimiter(RedisBuckets buckets, PushProperties props) {
        this.buckets = buckets;
        this.limits = props.rateLimit();
    }

    /** Takes one request from the caller's department bucket; refuses with 429 and Retry-After when it is empty. */
    long consume(ApiCaller caller) {
        int capacity = limits.capacityFor(caller.departmentCode());
        Duration period = limits.period();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        ConsumptionProbe probe = buckets.buckets().builder()
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

}
