package cn.gov.zjg.credit.submission.push;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Nonces of correctly signed requests, in Redis so every node sees them. A timestamp is accepted for
 * {@code 2 × clockSkew} of server time (from {@code skew} before it to {@code skew} after), so a nonce is kept that
 * long plus a margin: a replay inside the window finds it, a replay after it fails the timestamp check.
 */
@Component
class NonceStore {

    private static final String PREFIX = "credit:push:nonce:";
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    NonceStore(StringRedisTemplate redis, PushProperties props) {
        this.redis = redis;
        this.ttl = props.clockSkew().multipliedBy(2).plus(MARGIN);
    }

    /** Records the nonce of this access key; false when it was already recorded (a replay). Atomic (SET NX). */
    boolean firstUse(String accessKey, String nonce) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(PREFIX + accessKey + ":" + nonce, "1", ttl));
    }
}
