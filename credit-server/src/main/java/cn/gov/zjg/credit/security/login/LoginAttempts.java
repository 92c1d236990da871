package cn.gov.zjg.credit.security.login;

import java.time.Duration;
import java.util.Locale;

import cn.gov.zjg.credit.security.SecurityProperties;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed-login counters in Redis, shared by every node: per account and per client address. After
 * {@code captchaAfterFailures} a captcha is required; after {@code lockAfterFailures} on one account, that account
 * is locked for {@code lockDuration}. Counters expire on their own.
 */
@Component
class LoginAttempts {

    private static final String USER_FAILURES = "credit:login:failures:user:";
    private static final String IP_FAILURES = "credit:login:failures:ip:";
    private static final String LOCK = "credit:login:lock:";

    private final StringRedisTemplate redis;
    private final SecurityProperties props;

    LoginAttempts(StringRedisTemplate redis, SecurityProperties props) {
        this.redis = redis;
        this.props = props;
    }

    boolean isLocked(String username) {
        return Boolean.TRUE.equals(redis.hasKey(LOCK + key(username)));
    }

    /** Minutes until the lock lifts, rounded up (at least 1). */
    long lockMinutesLeft(String username) {
        Long seconds = redis.getExpire(LOCK + key(username));
        return seconds == null || seconds <= 0 ? 1 : (seconds + 59) / 60;
    }

    boolean captchaRequired(String username, String ip) {
        return count(USER_FAILURES + key(username)) >= props.captchaAfterFailures()
                || count(IP_FAILURES + ip) >= props.captchaAfterFailures();
    }

    boolean captchaRequiredForIp(String ip) {
        return count(IP_FAILURES + ip) >= props.captchaAfterFailures();
    }

    /** Records a failure; returns true when it locked the account. */
    boolean recordFailure(String username, String ip) {
        increment(IP_FAILURES + ip, props.lockDuration());
        long failures = increment(USER_FAILURES + key(username), props.lockDuration());
        if (failures >= props.lockAfterFailures()) {
            redis.opsForValue().set(LOCK + key(username), "1", props.lockDuration());
            redis.delete(USER_FAILURES + key(username));
            return true;
        }
        return false;
    }

    void recordSuccess(String username, String ip) {
        redis.delete(USER_FAILURES + key(username));
        redis.delete(IP_FAILURES + ip);
    }

    private long increment(String key, Duration window) {
        Long value = redis.opsForValue().increment(key);
        if (value != null && value == 1L) {
            redis.expire(key, window);
        }
        return value == null ? 0 : value;
    }

    private long count(String key) {
        String value = redis.opsForValue().get(key);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
