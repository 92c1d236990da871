package cn.gov.zjg.credit.submission.push;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the push API refuses as a whole: each with its status, a problem detail with a stable code, and nothing staged.
 */
@CreditIntegrationTest
class PushRefusalTests {

    static final String LICENSES = "/api/v1/licenses";

    @LocalServerPort
    int port;

    @Autowired
    CredentialService credentials;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    long scjg;
    CredentialService.Issued credential;
    PushClient client;

    @BeforeEach
    void departmentSystemWithAFreshCredential() {
        scjg = departments.findByCode("scjg").orElseThrow().id();
        credential = credentials.issue(scjg, "test");
        client = new PushClient(port, credential.credential().accessKey(), credential.secret());
        // The suite shares one Redis: start each test with a full bucket for the department.
        redis.delete(PushRateLimiter.key(scjg, 60, Duration.ofMinutes(1)));
    }

    @Test
    void wrongSignatureIsRefusedWith401AndNothingIsStaged() {
        long batches = countBatches();
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        String right = call.computedSignature();
        call.signature = (right.charAt(0) == '0' ? "1" : "0") + right.substring(1);

        HttpResponse<String> response = call.send();

        JsonNode problem = PushClient.assertProblem(response, 401, "signatureInvalid");
        assertThat(problem.get("type").asString()).isEqualTo("urn:credit-zjg:push:signatureInvalid");
        assertThat(problem.get("title").asString()).isEqualTo("签名错误");
        assertThat(problem.get("detail").asString()).contains("签名");
        assertThat(problem.get("instance").asString()).isEqualTo(LICENSES);
        assertThat(problem.get("requestId").asString()).isEqualTo(response.headers().firstValue("X-Request-Id")
                .orElseThrow());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(countBatches()).isEqualTo(batches);
    }

    @Test
    void bodyChangedAfterSigningIsRefusedWith401() {
        PushClient.Call signed = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("y", null))));
        PushClient.Call tampered = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("z", null))));
        tampered.timestamp = signed.timestamp;
        tampered.nonce = signed.nonce;
        tampered.signature = signed.computedSignature();

        PushClient.assertProblem(tampered.send(), 401, "signatureInvalid");
    }

    @Test
    void unknownAccessKeyIsRefusedWith401() {
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        call.accessKey = "AKNOSUCHKEY0000000000A";

        JsonNode problem = PushClient.assertProblem(call.send(), 401, "keyUnknown");
        assertThat(problem.get("detail").asString()).contains("AKNOSUCHKEY0000000000A");
    }

    @Test
    void accessKeyIsMatchedExactlyNotIgnoringCase() {
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        call.accessKey = credential.credential().accessKey().toLowerCase(Locale.ROOT);

        PushClient.assertProblem(call.send(), 401, "keyUnknown");
    }

    @Test
    void revokedKeyIsRefusedWith401() {
        credentials.revoke(credential.credential().id(), "测试吊销", "test");

        HttpResponse<String> response = client.post(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));

        PushClient.assertProblem(response, 401, "keyRevoked");
    }

    @Test
    void timestampOutsideTheAllowedSkewIsRefusedWith401() {
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        call.timestamp -= 301;

        JsonNode problem = PushClient.assertProblem(call.send(), 401, "timestampStale");
        assertThat(problem.get("detail").asString()).contains("300");
    }

    @Test
    void replayedRequestIsRefusedWith409() {
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕061号", null))));
        assertThat(call.send().statusCode()).isEqualTo(200);
        long staged = countStaged();

        HttpResponse<String> replay = call.send();

        PushClient.assertProblem(replay, 409, "nonceReused");
        assertThat(countStaged()).isEqualTo(staged);
    }

    @Test
    void missingSignatureHeadersAreRefusedWith401NamingThem() {
        PushClient.Call call = client.call(LICENSES, "{}");
        call.nonce = " ";

        JsonNode problem = PushClient.assertProblem(call.send(), 401, "authHeadersMissing");
        assertThat(problem.get("detail").asString()).contains("X-Credit-Nonce");
    }

    @Test
    void bodyOverTheSizeLimitIsRefusedWith413() {
        String big = PushClient.records(List.of(Map.of("BZ", "备".repeat(2 * 1024 * 1024))));
        assertThat(big.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(5 * 1024 * 1024);
        PushClient.Call declared = client.call(LICENSES, big);
        PushClient.Call chunked = client.call(LICENSES, big);
        chunked.chunked = true;

        PushClient.assertProblem(declared.send(), 413, "bodyTooLarge");
        PushClient.assertProblem(chunked.send(), 413, "bodyTooLarge");
    }

    @Test
    void malformedJsonIsRefusedWith400SayingWhere() {
        HttpResponse<String> response = client.post(LICENSES, "{\"records\": [\n  {\"XK_XDR_MC\": \"某公司\",}\n]}");

        JsonNode problem = PushClient.assertProblem(response, 400, "jsonMalformed");
        assertThat(problem.get("detail").asString()).contains("第 2 行");
    }

    @Test
    void bodyWithoutARecordsArrayIsRefusedWith400() {
        PushClient.assertProblem(client.post(LICENSES, "[{\"XK_XDR_MC\": \"某公司\"}]"), 400, "recordsMissing");
    }

    @Test
    void emptyRecordsArrayIsRefusedWith422() {
        PushClient.assertProblem(client.post(LICENSES, "{\"records\": []}"), 422, "recordsEmpty");
    }

    @Test
    void moreRecordsThanAllowedPerCallAreRefusedWith422() {
        String body = "{\"records\":[" + String.join(",", Collections.nCopies(1001, "{}")) + "]}";

        JsonNode problem = PushClient.assertProblem(client.post(LICENSES, body), 422, "tooManyRecords");
        assertThat(problem.get("detail").asString()).contains("1001", "1000");
    }

    @Test
    void contentTypeOtherThanJsonIsRefusedWith415() {
        PushClient.Call call = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        call.contentType = "text/plain";

        PushClient.assertProblem(call.send(), 415, "contentTypeUnsupported");
    }

    @Test
    void invalidIdempotencyKeyIsRefusedWith400() {
        HttpResponse<String> response = client.call(LICENSES, PushClient.records(List.of(PushRecords.license("x", null))))
                .idempotencyKey("has spaces").send();

        PushClient.assertProblem(response, 400, "idempotencyKeyInvalid");
    }

    @Test
    void departmentOverItsRateLimitIsRefusedWith429AndRetryAfter() {
        // given: a department of its own, limited to 3 requests a minute (application-test.yml)
        jdbc.update("insert into department (code, name, short_name) values ('pushrate', '限流测试部门', '限流测试') "
                + "on duplicate key update enabled = 1");
        long department = departments.findByCode("pushrate").orElseThrow().id();
        String bucket = PushRateLimiter.key(department, 3, Duration.ofMinutes(1));
        redis.delete(bucket);
        CredentialService.Issued own = credentials.issue(department, "test");
        PushClient limited = new PushClient(port, own.credential().accessKey(), own.secret());
        String body = "{\"records\": []}";

        // when
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(limited.post(LICENSES, body).statusCode());
        }
        HttpResponse<String> over = limited.post(LICENSES, body);

        // then
        assertThat(statuses).containsOnly(422);
        JsonNode problem = PushClient.assertProblem(over, 429, "rateLimited");
        assertThat(problem.get("detail").asString()).contains("3");
        assertThat(over.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(redis.hasKey(bucket)).as("bucket kept in the application's Redis").isTrue();
    }

    private long countStaged() {
        return jdbc.queryForObject("select count(*) from license_staging", Long.class);
    }

    private long countBatches() {
        return jdbc.queryForObject("select count(*) from submission_batch", Long.class);
    }
}
