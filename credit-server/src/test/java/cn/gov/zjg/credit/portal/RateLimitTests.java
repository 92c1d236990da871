package cn.gov.zjg.credit.portal;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client rate limits (Bucket4j in Redis): past the budget a clear 429 page with a captcha; a solved captcha lets
 * the visitor continue. The test profile gives {@code /about} a budget of 3 per hour, so the other tests browse freely.
 */
@CreditIntegrationTest
class RateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void pastTheBudgetA429PageAsksForACaptchaAndASolvedOneLetsTheVisitorContinue() {
        WebClient client = new WebClient(port);

        HttpResponse<String> limited = exhaust(client);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(limited.body()).contains("访问过于频繁", "id=\"rate-limit-captcha\"", "/captcha/",
                "name=\"returnTo\" value=\"/about\"");

        // a wrong answer keeps the visitor on the 429 page
        String id = SelfQueryTests.captchaId(limited.body());
        HttpResponse<String> wrong = client.post("/rate-limit/verify",
                Map.of("group", "about", "returnTo", "/about", "captchaId", id, "captchaAnswer", "????"));
        assertThat(wrong.statusCode()).isEqualTo(429);
        assertThat(wrong.body()).contains("验证码错误");

        // the right one sends them back where they were, with a fresh budget
        String fresh = SelfQueryTests.captchaId(wrong.body());
        client.get("/captcha/" + fresh);
        HttpResponse<String> solved = client.post("/rate-limit/verify", Map.of("group", "about", "returnTo", "/about",
                "captchaId", fresh, "captchaAnswer", redis.opsForValue().get(PortalCaptcha.PREFIX + fresh)));
        assertThat(solved.statusCode()).isEqualTo(302);
        assertThat(solved.headers().firstValue("Location").orElseThrow()).endsWith("/about");
        assertThat(client.get("/about").statusCode()).isEqualTo(200);
    }

    @Test
    void theCaptchaNeverRedirectsOffTheSite() {
        assertThat(RateLimitController.safeReturn("https://evil.example/")).isEqualTo("/");
        assertThat(RateLimitController.safeReturn("//evil.example/")).isEqualTo("/");
        assertThat(RateLimitController.safeReturn("/\\evil.example/")).isEqualTo("/");
        assertThat(RateLimitController.safeReturn("/search?q=abc")).isEqualTo("/search?q=abc");
    }

    @Test
    void otherPagesAreNotLimitedByTheExhaustedGroup() {
        WebClient client = new WebClient(port);
        exhaust(client);

        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(client.get("/publicity/licenses").statusCode()).isEqualTo(200);
    }

    /** Requests {@code /about} until the budget is spent (at most the test budget + 1 requests). */
    static HttpResponse<String> exhaust(WebClient client) {
        HttpResponse<String> response = null;
        for (int i = 0; i < 4; i++) {
            response = client.get("/about");
            if (response.statusCode() == 429) {
                return response;
            }
        }
        return response;
    }
}
