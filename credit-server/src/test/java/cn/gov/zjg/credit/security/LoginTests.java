package cn.gov.zjg.credit.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class LoginTests {

    private static final String DEMO_PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetEarlierFailures() {
        // All test clients share 127.0.0.1, whose failure counter would otherwise demand a captcha in later tests.
        Set<String> keys = redis.keys("credit:login:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @Test
    void anonymousConsoleRequestRedirectsToLogin() {
        HttpResponse<String> response = new WebClient(port).get("/console/departments");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void demoAdministratorLogsInAndReturnsToTheRequestedPage() {
        WebClient browser = new WebClient(port);
        browser.get("/console/users");

        HttpResponse<String> login = browser.login("admin", DEMO_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/users"));
        assertThat(browser.get("/console").body()).contains("演示管理员", "系统管理员");
    }

    @Test
    void wrongPasswordFailsWithAGenericMessage() {
        WebClient browser = new WebClient(port);

        HttpResponse<String> login = browser.login("admin", "Wrong@2026");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("用户名或密码错误");
        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        HttpResponse<String> login = new WebClient(port).login("nobody-here", "Wrong@2026");

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("用户名或密码错误");
    }

    @Test
    void captchaIsRequiredAfterThreeFailures() {
        String username = newUser("captcha");
        WebClient browser = new WebClient(port);
        for (int i = 0; i < 3; i++) {
            browser.login(username, "Wrong@2026");
        }

        HttpResponse<String> page = browser.get("/login");
        HttpResponse<String> withoutCaptcha = browser.post("/login",
                Map.of("username", username, "password", DEMO_PASSWORD));

        assertThat(page.body()).contains("name=\"captcha\"", "/login/captcha");
        assertThat(withoutCaptcha.statusCode()).isEqualTo(401);
        assertThat(withoutCaptcha.body()).contains("验证码错误");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        String username = newUser("locked");
        WebClient browser = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            browser.login(username, "Wrong@2026");
        }
        redis.delete("credit:login:failures:ip:127.0.0.1"); // no captcha in the way: the lock alone must refuse

        HttpResponse<String> login = browser.login(username, DEMO_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("账号已临时锁定");
        assertThat(redis.getExpire("credit:login:lock:" + username)).isPositive();
        assertThat(jdbc.queryForList("select result from login_log where username = ? order by id", String.class,
                username)).contains("FAILURE", "LOCKED");
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        WebClient browser = new WebClient(port);
        browser.login("admin", DEMO_PASSWORD);

        HttpResponse<String> response = browser.postRaw("/console/departments/new",
                Map.of("code", "csrf-test", "name", "跨站请求测试", "shortName", "测试", "sortOrder", "1"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from department where code = 'csrf-test'", Long.class))
                .isZero();
    }

    @Test
    void loginFormWithoutCsrfTokenIsRejected() {
        HttpResponse<String> response = new WebClient(port).postRaw("/login",
                Map.of("username", "admin", "password", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheSessionAndIsLogged() {
        WebClient browser = new WebClient(port);
        browser.login("auditor", DEMO_PASSWORD);
        browser.get("/console");

        HttpResponse<String> logout = browser.post("/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select result from login_log where username = 'auditor'", String.class))
                .contains("SUCCESS", "LOGOUT");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = new WebClient(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("CREDIT_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void consolePagesCarrySecurityHeadersWithoutInlineScript() {
        HttpResponse<String> page = new WebClient(port).get("/login");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    private String newUser(String prefix) {
        String username = prefix + "-" + System.nanoTime();
        accounts.create(new NewUser(username, "测试用户", DEMO_PASSWORD, null, List.of(Roles.AUDITOR)), "test");
        return username;
    }
}
