package cn.gov.zjg.credit.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.shared.RedisBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Requests per client address and group of public pages (token buckets with greedy refill), kept in the
 * application's Redis by Bucket4j over Spring's Lettuce client ({@link RedisBuckets}, as the push API's limiter), so
 * every node shares the buckets. A client whose bucket is empty gets the 429 page with a captcha; a solved captcha
 * refills the bucket, at most {@code captcha-passes} times per {@code captcha-pass-period}.
 */
@Component
class PortalRateLimiter {

    private static final String PREFIX = "credit:portal:rate:";
    private static final String PASS_GROUP = "captcha-pass";

    private final RedisBuckets buckets;
    private final PortalProperties.RateLimit limits;
    private final List<Rule> rules = new ArrayList<>();

    private record Rule(String group, List<PathPattern> patterns, int capacity, Duration period) {
    }

    /** An exhausted group: its name and the seconds until one more request would be allowed. */
    record Refusal(String group, long retryAfterSeconds) {
    }

    PortalRateLimiter(RedisBuckets buckets, PortalProperties props) {
        this.buckets = buckets;
        this.limits = props.rateLimit();
        for (Map.Entry<String, PortalProperties.Group> group : limits.groups().entrySet()) {
            List<PathPattern> patterns = group.getValue().paths().stream()
                    .map(PathPatternParser.defaultInstance::parse).toList();
            rules.add(new Rule(group.getKey(), patterns, group.getValue().capacity(), group.getValue().period()));
        }
    }

    /**
     * Takes one request from every group whose paths match; returns the first refusal, or null when allowed.
     */
    Refusal consume(String path, String client) {
        if (!limits.enabled()) {
            return null;
        }
        PathContainer container = PathContainer.parsePath(path);
        for (Rule rule : rules) {
            if (rule.patterns().stream().noneMatch(p -> p.matches(container))) {
                continue;
            }
            ConsumptionProbe probe = bucket(rule.group(), rule.capacity(), rule.period(), client)
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                return new Refusal(rule.group(), seconds);
            }
        }
        return null;
    }

    /** Whether this client may still earn a captcha pass in the current period (does not take one). */
    boolean passAvailable(String client) {
        return passBucket(client).getAvailableTokens() > 0;
    }

    /** After a solved captcha: takes a pass and refills the client's bucket of {@code group}; false if none left. */
    boolean grantPass(String group, String client) {
        Rule rule = rules.stream().filter(r -> r.group().equals(group)).findFirst().orElse(null);
        if (rule == null || !passBucket(client).tryConsume(1)) {
            return false;
        }
        bucket(rule.group(), rule.capacity(), rule.period(), client).addTokens(rule.capacity());
        return true;
    }

    private BucketProxy passBucket(String client) {
        return bucket(PASS_GROUP, limits.captchaPasses(), limits.captchaPassPeriod(), client);
    }

    private BucketProxy bucket(String group, int capacity, Duration period, String client) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        return buckets.buckets().builder().build(key(group, capacity, period, client).getBytes(StandardCharsets.UTF_8),
                () -> configuration);
    }

    /** The limit is part of the key, so a changed configuration applies at once with fresh buckets. */
    static String key(String group, int capacity, Duration period, String client) {
        return PREFIX + group + ":" + capacity + "/" + period.toSeconds() + "s:" + client;
    }

}
