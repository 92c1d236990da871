package cn.gov.zjg.credit.submission.push;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The push API over real HTTP, signed as a department system signs, against the real database and Redis. */
@CreditIntegrationTest
class PushApiTests {

    static final String LICENSES = "/api/v1/licenses";
    static final String PENALTIES = "/api/v1/penalties";

    @LocalServerPort
    int port;

    @Autowired
    CredentialService credentials;

    @Autowired
    DepartmentService departments;

    @Autowired
    PersonalDataProtection protection;

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
    void signedCallStagesEveryRecordInStagingWithChannelApi() {
        String body = PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕001号", null),
                PushRecords.license("张家港许准字〔2026〕002号", null), PushRecords.license("张家港许准字〔2026〕003号", null)));

        HttpResponse<String> response = client.post(LICENSES, body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = PushClient.json(response);
        assertThat(json.get("received").asInt()).isEqualTo(3);
        assertThat(json.get("accepted").asInt()).isEqualTo(3);
        assertThat(json.get("refused").asInt()).isZero();
        String batchNo = json.get("batchNo").asString();
        assertThat(batchNo).startsWith("XK-");
        List<Long> stagingIds = new ArrayList<>();
        json.get("results").forEach(r -> {
            assertThat(r.get("status").asString()).isEqualTo("ACCEPTED");
            stagingIds.add(r.get("stagingId").asLong());
        });
        Map<String, Object> batch = jdbc.queryForMap("select id, channel, status, department_id, rows_read, "
                + "rows_staged, rows_failed, created_by from submission_batch where batch_no = ?", batchNo);
        assertThat(batch).containsEntry("channel", "API").containsEntry("status", "STAGED")
                .containsEntry("department_id", scjg).containsEntry("rows_read", 3).containsEntry("rows_staged", 3)
                .containsEntry("rows_failed", 0)
                .containsEntry("created_by", "api:" + credential.credential().accessKey());
        List<Map<String, Object>> staged = jdbc.queryForList("select id, channel, department_id, source_row, wsh, jdrq "
                + "from license_staging where batch_id = ? order by source_row", batch.get("id"));
        assertThat(staged).extracting(row -> row.get("channel")).containsOnly("API");
        assertThat(staged).extracting(row -> row.get("id")).containsExactlyElementsOf(stagingIds);
        assertThat(staged).extracting(row -> row.get("wsh"))
                .containsExactly("张家港许准字〔2026〕001号", "张家港许准字〔2026〕002号", "张家港许准字〔2026〕003号");
        assertThat(staged.get(0).get("jdrq")).hasToString("2026-03-02");
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_credential where access_key = ?",
                Boolean.class, credential.credential().accessKey())).isTrue();
    }

    @Test
    void identifiersOfPersonsAreStoredOnlyEncryptedWithTheirKeyedHash() {
        Map<String, Object> person = PushRecords.license("张家港许准字〔2026〕010号", null);
        person.put("XK_XDR_LB", "自然人");
        person.put("XK_XDR_SHXYM", null);
        person.put("XK_XDR_ZJLX", "身份证");
        person.put("XK_XDR_ZJHM", "32058219900307123x");

        HttpResponse<String> response = client.post(LICENSES, PushClient.records(List.of(person)));

        assertThat(response.statusCode()).isEqualTo(200);
        long id = PushClient.json(response).get("results").get(0).get("stagingId").asLong();
        Map<String, Object> row = jdbc.queryForMap("select xdr_zjhm_enc, xdr_zjhm_hash from license_staging where id = ?",
                id);
        byte[] encrypted = (byte[]) row.get("xdr_zjhm_enc");
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain("1990030712");
        assertThat(protection.decryptText(encrypted)).isEqualTo("32058219900307123X");
        assertThat((byte[]) row.get("xdr_zjhm_hash")).isEqualTo(protection.hash("32058219900307123X"));
    }

    @Test
    void recordWithAnUnreadableDateIsRefusedWithItsFieldWhileTheOthersAreStaged() {
        String body = PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕021号", null),
                PushRecords.license("张家港许准字〔2026〕022号", "去年三月"), PushRecords.license("张家港许准字〔2026〕023号", null)));

        HttpResponse<String> response = client.post(LICENSES, body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = PushClient.json(response);
        assertThat(json.get("accepted").asInt()).isEqualTo(2);
        assertThat(json.get("refused").asInt()).isEqualTo(1);
        JsonNode refused = json.get("results").get(1);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.has("stagingId")).isFalse();
        JsonNode error = refused.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("XK_JDRQ");
        assertThat(error.get("code").asString()).isEqualTo("dateUnreadable");
        assertThat(error.get("message").asString()).contains("许可决定日期", "YYYY/MM/DD");
        assertThat(json.get("results").get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(json.get("results").get(2).get("status").asString()).isEqualTo("ACCEPTED");
        long batchId = batchId(json);
        assertThat(jdbc.queryForList("select source_row from license_staging where batch_id = ? order by source_row",
                Integer.class, batchId)).containsExactly(0, 2);
        Map<String, Object> stored = jdbc.queryForMap("select source_row, field_code, error_code, raw_value, "
                + "raw_row_enc from submission_error where batch_id = ?", batchId);
        assertThat(stored).containsEntry("source_row", 1).containsEntry("field_code", "XK_JDRQ")
                .containsEntry("error_code", "dateUnreadable").containsEntry("raw_value", "去年三月");
        assertThat(protection.decryptText((byte[]) stored.get("raw_row_enc"))).contains("张家港许准字〔2026〕022号");
    }

    @Test
    void recordsThatAreNotObjectsOrHoldUnknownFieldsOrNestedValuesAreRefusedOneByOne() {
        Map<String, Object> misspelt = PushRecords.license("张家港许准字〔2026〕031号", null);
        misspelt.put("XK_JDRQQ", "2026/03/02");
        Map<String, Object> nested = PushRecords.license("张家港许准字〔2026〕032号", null);
        nested.put("XK_NR", Map.of("text", "食品经营"));
        String body = "{\"records\":[" + PushClient.JSON.writeValueAsString(misspelt) + ","
                + PushClient.JSON.writeValueAsString(nested) + ",\"not a record\"]}";

        JsonNode results = PushClient.json(client.post(LICENSES, body)).get("results");

        assertThat(results.get(0).get("errors").get(0).get("code").asString()).isEqualTo("unknownField");
        assertThat(results.get(0).get("errors").get(0).get("field").asString()).isEqualTo("XK_JDRQQ");
        assertThat(results.get(1).get("errors").get(0).get("code").asString()).isEqualTo("valueWrongType");
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("XK_NR");
        assertThat(results.get(2).get("errors").get(0).get("code").asString()).isEqualTo("recordNotObject");
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheOriginalResponseAndStagesNothingNew() {
        String body = PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕041号", null),
                PushRecords.license("张家港许准字〔2026〕042号", "2026-13-45")));
        HttpResponse<String> first = client.call(LICENSES, body).idempotencyKey("scjg-20260302-0001").send();
        long staged = countStaged();

        // a new nonce and signature, as a client retrying after a timeout sends
        HttpResponse<String> retry = client.call(LICENSES, body).idempotencyKey("scjg-20260302-0001").send();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(countStaged()).isEqualTo(staged);
        assertThat(jdbc.queryForObject("select count(*) from submission_batch where idempotency_key = ?", Long.class,
                "scjg-20260302-0001")).isOne();
    }

    @Test
    void concurrentCallsWithTheSameIdempotencyKeyStageOnceAndGetTheSameResponse() throws Exception {
        String body = PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕045号", null)));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PushClient.Call call = client.call(LICENSES, body).idempotencyKey("scjg-concurrent-1");
            calls.add(CompletableFuture.supplyAsync(call::send));
        }

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (var call : calls) {
            responses.add(call.get(30, TimeUnit.SECONDS));
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body());
        assertThat(jdbc.queryForObject("select count(*) from license_staging s join submission_batch b "
                + "on b.id = s.batch_id where b.idempotency_key = 'scjg-concurrent-1'", Long.class)).isOne();
    }

    @Test
    void everyRefusedRecordOfALargeCallIsKeptWithItsErrors() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> record = PushRecords.license("张家港许准字〔2026〕1" + i + "号", null);
            record.put("XK_BZ", "备注".repeat(400)); // misspelt (the code is BZ): refused, about 1,600 characters each
            records.add(record);
        }

        JsonNode json = PushClient.json(client.post(LICENSES, PushClient.records(records)));

        assertThat(json.get("refused").asInt()).isEqualTo(1000);
        long batchId = batchId(json);
        assertThat(jdbc.queryForObject("select count(distinct source_row) from submission_error where batch_id = ? "
                + "and error_code = 'unknownField' and raw_row_enc is not null", Long.class, batchId)).isEqualTo(1000);
        assertThat(jdbc.queryForMap("select rows_read, rows_staged, rows_failed from submission_batch where id = ?",
                batchId)).containsEntry("rows_read", 1000).containsEntry("rows_staged", 0)
                .containsEntry("rows_failed", 1000);
    }

    @Test
    void idempotencyKeyReusedForADifferentBodyIsRefusedWith422() {
        client.call(LICENSES, PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕051号", null))))
                .idempotencyKey("scjg-reused").send();

        HttpResponse<String> other = client.call(LICENSES,
                PushClient.records(List.of(PushRecords.license("张家港许准字〔2026〕052号", null)))).idempotencyKey("scjg-reused").send();

        PushClient.assertProblem(other, 422, "idempotencyKeyReused");
    }

    @Test
    void penaltyWithAnAmountIn10000YuanIsStagedInThePenaltyTable() {
        HttpResponse<String> response = client.post(PENALTIES, PushClient.records(List.of(PushRecords.penalty())));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = PushClient.json(response);
        assertThat(json.get("batchNo").asString()).startsWith("CF-");
        long id = json.get("results").get(0).get("stagingId").asLong();
        Map<String, Object> row = jdbc.queryForMap("select channel, nr_fk, cflb from penalty_staging where id = ?", id);
        assertThat(row.get("channel")).isEqualTo("API");
        assertThat(row.get("nr_fk")).hasToString("0.200000");
        assertThat(row.get("cflb")).isEqualTo("警告;罚款");
    }

    @Test
    void openApiDescribesBothEndpointsTheirSignatureHeadersAndRecordFields() {
        String docs = new WebClient(port).get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/licenses", "/api/v1/penalties", "X-Credit-Signature", "Idempotency-Key",
                "LicenseRecord", "XK_JDRQ", "CF_NR_FK", "signatureInvalid", "Retry-After", "PushResponse");
    }

    private long batchId(JsonNode response) {
        return jdbc.queryForObject("select id from submission_batch where batch_no = ?", Long.class,
                response.get("batchNo").asString());
    }

    private long countStaged() {
        return jdbc.queryForObject("select count(*) from license_staging", Long.class);
    }
}
