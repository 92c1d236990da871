package cn.gov.zjg.credit.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import cn.hutool.captcha.CaptchaUtil;
import cn.hutool.captcha.LineCaptcha;
import cn.hutool.core.util.IdUtil;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Image captcha of the self-query and the rate-limit page. A form carries a random challenge id; the image
 * {@code /captcha/{id}} stores its answer in Redis under that id for five minutes (any node can check it), and an
 * answer is checked once: a wrong one burns the challenge.
 */
@Component
class PortalCaptcha {

    static final String PREFIX = "credit:portal:captcha:";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final StringRedisTemplate redis;

    PortalCaptcha(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** A new challenge id for a form. */
    String newChallenge() {
        return IdUtil.fastSimpleUUID();
    }

    static boolean isChallengeId(String id) {
        return id != null && id.matches("[0-9a-f]{32}");
    }

    /** Draws a new image for the challenge (again on reload) and keeps its answer. */
    void writeImage(String challengeId, OutputStream out) throws IOException {
        LineCaptcha captcha = CaptchaUtil.createLineCaptcha(120, 40, 4, 30);
        redis.opsForValue().set(PREFIX + challengeId, captcha.getCode(), LIFETIME);
        captcha.write(out);
    }

    boolean verify(String challengeId, String answer) {
        if (!isChallengeId(challengeId) || answer == null || answer.isBlank()) {
            return false;
        }
        String expected = redis.opsForValue().getAndDelete(PREFIX + challengeId);
        return expected != null && expected.equalsIgnoreCase(answer.strip());
    }
}
