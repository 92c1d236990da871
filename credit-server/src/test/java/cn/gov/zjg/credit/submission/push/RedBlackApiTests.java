package cn.gov.zjg.credit.submission.push;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.redblack.EntryService;
import cn.gov.zjg.credit.redblack.RedBlackFixtures;
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
 * The red/black list APIs signed like the push API (issue 7): {@code POST /api/v1/redblack-entries} (each entry
 * accepted or refused with field and reason) and {@code POST /api/v1/credit-checks} (a department's approval system
 * checks subjects). Placed here to reuse the test push client; the API lives in the redblack module.
 */
@CreditIntegrationTest
class RedBlackApiTests {

    private static final String ENTRIES = "/api/v1/redblack-entries";
    private static final String CHECKS = "/api/v1/credit-checks";

    @LocalServerPort
    int port;

    @Autowired
    CredentialService credentials;

    @Autowired
    DepartmentService departments;

    @Autowired
    EntryService entries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    PushClient scjg;
    PushClient sthj;

    @BeforeEach
    void twoDepartmentSystems() {
        scjg = client("scjg");
        sthj = client("sthj");
    }

    @Test
    void departmentSystemProposesEntriesAndAnotherDepartmentsSystemChecksThem() {
        // given: one good black list entry and one without a legal basis
        String uscc = RedBlackFixtures.uscc();
        Map<String, Object> good = entry(uscc, "张市监严失〔2026〕A" + uscc.substring(11) + "号");
        Map<String, Object> noBasis = entry(RedBlackFixtures.uscc(), "张市监严失〔2026〕B" + uscc.substring(11) + "号");
        noBasis.remove("RDYJ");

        // when
        HttpResponse<String> response = scjg.post(ENTRIES, PushClient.JSON.writeValueAsString(
                Map.of("entries", List.of(good, noBasis))));

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = PushClient.json(response);
        assertThat(body.get("accepted").asInt()).isEqualTo(1);
        JsonNode results = body.get("results");
        assertThat(results.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).get("status").asString()).isEqualTo("REFUSED");
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("RDYJ");
        assertThat(results.get(1).get("errors").get(0).get("message").asString()).contains("须填写认定依据");
        long id = results.get(0).get("id").asLong();
        assertThat(jdbc.queryForMap("select status, channel, created_by from redblack_entry where id = ?", id))
                .containsEntry("status", "PENDING").containsEntry("channel", "API");

        // when: approved, then checked by the other department's system with an invalid code and a person beside it
        String idNumber = RedBlackFixtures.idNumber();
        entries.approve(List.of(id), "reviewer");
        HttpResponse<String> check = sthj.post(CHECKS, PushClient.JSON.writeValueAsString(
                Map.of("codes", List.of(uscc, "91320582MA1MUL3Q1H", RedBlackFixtures.uscc(), idNumber), "purpose",
                        "财政补贴审核")));

        // then
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonNode checked = PushClient.json(check);
        assertThat(checked.get("checked").asInt()).isEqualTo(4);
        assertThat(checked.get("flagged").asInt()).isEqualTo(1);
        JsonNode first = checked.get("results").get(0);
        assertThat(first.get("conclusion").asString()).isEqualTo("FLAGGED");
        assertThat(first.get("blackList").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(first.get("measures").toString()).contains("依法限制申请财政性资金项目和政策性补贴");
        assertThat(checked.get("results").get(1).get("conclusion").asString()).isEqualTo("INVALID");
        assertThat(checked.get("results").get(2).get("conclusion").asString()).isEqualTo("CLEAR");
        JsonNode person = checked.get("results").get(3);
        assertThat(person.get("index").asInt()).isEqualTo(3);
        assertThat(person.get("code").asString()).isEqualTo(idNumber.substring(0, 6) + "********"
                + idNumber.substring(14));
        assertThat(check.body()).doesNotContain(idNumber);
        assertThat(jdbc.queryForObject("select count(*) from redblack_check_log where channel = 'API' and codes = 4 "
                + "and purpose = '财政补贴审核' and checked_by like 'api:%'", Long.class)).isPositive();
    }

    @Test
    void unsignedOrBadlySignedCallsAreRefusedAsProblems() {
        HttpResponse<String> unsigned = new cn.gov.zjg.credit.support.WebClient(port).postRaw(CHECKS, Map.of());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        PushClient.Call call = sthj.call(CHECKS, "{\"codes\": [\"91320582MA1MUL3Q1G\"]}");
        call.signature = "0".repeat(64);
        PushClient.assertProblem(call.send(), 401, "signatureInvalid");
        HttpResponse<String> noEntries = scjg.post(ENTRIES, "{\"records\": []}");
        assertThat(noEntries.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(noEntries).get("detail").asString()).isEqualTo("请求体须为 {\"entries\": [...]}，且至少一条");
        HttpResponse<String> notJson = sthj.post(CHECKS, "{\"codes\": [");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(PushClient.json(notJson).get("detail").asString()).isEqualTo("请求体不是有效的 JSON");
        PushClient.Call plain = scjg.call(ENTRIES, "{\"entries\": []}");
        plain.contentType = "text/plain";
        PushClient.assertProblem(plain.send(), 415, "contentTypeUnsupported");
    }

    private PushClient client(String department) {
        long id = departments.findByCode(department).orElseThrow().id();
        CredentialService.Issued credential = credentials.issue(id, "test");
        redis.delete(PushRateLimiter.key(id, 60, Duration.ofMinutes(1)));
        return new PushClient(port, credential.credential().accessKey(), credential.secret());
    }

    private static Map<String, Object> entry(String uscc, String documentNo) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("ZTLX", "法人及非法人组织");
        e.put("ZTMC", "接口测试公司" + uscc.substring(12));
        e.put("TYSHXYDM", uscc);
        e.put("MDLX", "YZSX");
        e.put("MDZL", "SCJGYZ");
        e.put("LRYY", "虚假登记（测试）");
        e.put("RDYJ", "《市场监督管理严重违法失信名单管理办法》第十条");
        e.put("RDBM", "张家港市市场监督管理局");
        e.put("RDWH", documentNo);
        e.put("LRRQ", LocalDate.now().minusDays(2).toString());
        e.put("YXQZ", LocalDate.now().plusYears(3).toString());
        return e;
    }
}
