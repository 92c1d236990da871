package cn.gov.zjg.credit.submission.push;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's credential page: issue (secret shown once), revoke with a reason; nobody else gets in. */
@CreditIntegrationTest
class CredentialConsoleTests {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_KEY = Pattern.compile("id=\"access-key\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DepartmentService departments;

    @Autowired
    CredentialService credentials;

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorIssuesACredentialWhoseSecretIsShownOnceAndSignsRequests() {
        // given
        long sthj = departments.findByCode("sthj").orElseThrow().id();
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        assertThat(admin.get("/console").body()).contains("推送接口密钥");
        admin.get("/console/api-credentials/new");

        // when
        HttpResponse<String> issued = admin.post("/console/api-credentials/new",
                Map.of("departmentId", String.valueOf(sthj)));

        // then
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(issued.body()).contains("密钥只显示这一次", "苏州市张家港生态环境局");
        String accessKey = group(ACCESS_KEY, issued.body());
        String secret = group(SECRET, issued.body());
        assertThat(accessKey).matches("AK[A-Z2-7]{20}");
        assertThat(secret).hasSize(43);

        String list = admin.get("/console/api-credentials").body();
        assertThat(list).contains(accessKey, "苏州市张家港生态环境局", "有效", "从未使用").doesNotContain(secret);
        byte[] stored = jdbc.queryForObject("select secret_enc from api_credential where access_key = ?",
                byte[].class, accessKey);
        assertThat(protection.decryptText(stored)).isEqualTo(secret);
        assertThat(jdbc.queryForList("select action from operation_log where module = 'submission' "
                + "and username = 'admin' and success = 1", String.class)).contains("issue-credential");

        HttpResponse<String> push = new PushClient(port, accessKey, secret).post(PushApiTests.LICENSES,
                PushClient.records(List.of(PushRecords.license("张环许〔2026〕1号", null))));
        assertThat(push.statusCode()).as(push.body()).isEqualTo(200);
    }

    @Test
    void administratorRevokesWithAReasonAndTheKeyStopsWorkingAtOnce() {
        long zjj = departments.findByCode("zjj").orElseThrow().id();
        CredentialService.Issued issued = credentials.issue(zjj, "admin");
        long id = issued.credential().id();
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        assertThat(admin.get("/console/api-credentials/" + id + "/revoke").body())
                .contains(issued.credential().accessKey(), "data-confirm");

        HttpResponse<String> revoked = admin.post("/console/api-credentials/" + id + "/revoke",
                Map.of("reason", "部门系统更换，旧密钥停用"));

        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/api-credentials").body()).contains("访问密钥已吊销", "部门系统更换，旧密钥停用");
        assertThat(jdbc.queryForMap("select status, revoked_by, revoke_reason, revoked_at from api_credential "
                + "where id = ?", id)).containsEntry("status", "REVOKED").containsEntry("revoked_by", "admin")
                .containsEntry("revoke_reason", "部门系统更换，旧密钥停用");
        assertThat(jdbc.queryForList("select target from operation_log where module = 'submission' "
                + "and action = 'revoke-credential'", String.class)).contains("{id=" + id + "}");
        HttpResponse<String> push = new PushClient(port, issued.credential().accessKey(), issued.secret())
                .post(PushApiTests.LICENSES, PushClient.records(List.of(PushRecords.license("x", null))));
        assertThat(push.statusCode()).isEqualTo(401);
        assertThat(push.body()).contains("keyRevoked");
    }

    @Test
    void revokingWithoutAReasonIsRefusedAndTheKeyStaysActive() {
        long jtj = departments.findByCode("jtj").orElseThrow().id();
        long id = credentials.issue(jtj, "admin").credential().id();
        WebClient admin = new WebClient(port);
        admin.login("admin", "Demo@2026");
        admin.get("/console/api-credentials/" + id + "/revoke");

        HttpResponse<String> response = admin.post("/console/api-credentials/" + id + "/revoke",
                Map.of("reason", "  "));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("请填写吊销原因");
        assertThat(jdbc.queryForObject("select status from api_credential where id = ?", String.class, id))
                .isEqualTo("ACTIVE");
    }

    @Test
    void submitterCannotSeeIssueOrRevokeCredentials() {
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        long id = credentials.issue(scjg, "admin").credential().id();
        long before = jdbc.queryForObject("select count(*) from api_credential", Long.class);
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");
        assertThat(clerk.get("/console").body()).doesNotContain("推送接口密钥");

        assertThat(clerk.get("/console/api-credentials").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/console/api-credentials/new").statusCode()).isEqualTo(403);
        clerk.get("/console"); // a page with the session's CSRF token, so only the permission can refuse
        assertThat(clerk.post("/console/api-credentials/new", Map.of("departmentId", String.valueOf(scjg)))
                .statusCode()).isEqualTo(403);
        assertThat(clerk.post("/console/api-credentials/" + id + "/revoke", Map.of("reason", "试试"))
                .statusCode()).isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from api_credential", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from api_credential where id = ?", String.class, id))
                .isEqualTo("ACTIVE");
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("pattern %s in page", pattern).isTrue();
        return m.group(1);
    }
}
