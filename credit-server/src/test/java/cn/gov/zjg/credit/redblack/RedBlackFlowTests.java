package cn.gov.zjg.credit.redblack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 "done when": a department lists a company on the black list, a reviewer approves it, the public page and
 * the badge query show it, a second department's credit check flags it, and on expiry (the redblackLifecycle job, as
 * XXL-JOB triggers it with a date parameter) it leaves the list and the check. Also early removal (domain.md §4.3).
 */
@CreditIntegrationTest
class RedBlackFlowTests {

    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RedBlackBadges badges;

    @Autowired
    EntryService entries;

    @Autowired
    ExecutorEndpoint endpoint;

    @Test
    void proposedApprovedPublishedFlaggedAndExpired() throws Exception {
        // given: the 市场监管局 clerk proposes a black list entry through the console form
        String uscc = RedBlackFixtures.uscc();
        String name = "张家港市测试失信贸易有限公司" + uscc.substring(10, 16);
        LocalDate validUntil = LocalDate.now().plusYears(3);
        WebClient clerk = login("clerk-scjg");
        long id = proposeByForm(clerk, name, uscc, "张市监严失〔2026〕" + uscc.substring(12) + "号", validUntil);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(clerk.get("/blacklist").body()).doesNotContain(name);

        // when: the reviewer approves it after the confirmation page
        WebClient reviewer = login("reviewer");
        assertThat(reviewer.get("/console/review/lists").body()).contains(name);
        HttpResponse<String> confirm = reviewer.post("/console/review/lists/confirm",
                Map.of("ids", String.valueOf(id), "decision", "APPROVE"));
        assertThat(confirm.body()).contains("确认批准并公示 1 条条目（红名单 0 条，黑名单 1 条）");
        HttpResponse<String> decided = reviewer.post("/console/review/lists/decide",
                Map.of("ids", String.valueOf(id), "decision", "APPROVE"));
        assertThat(decided.statusCode()).isEqualTo(302);

        // then: published, linked to the legal subject (created by subject key = USCC), public, badged
        assertThat(status(id)).isEqualTo("PUBLISHED");
        Long subjectId = jdbc.queryForObject("select id from legal_subject where subject_key = ?", Long.class, uscc);
        assertThat(jdbc.queryForObject("select legal_subject_id from redblack_entry where id = ?", Long.class, id))
                .isEqualTo(subjectId);
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/blacklist").body()).contains(name);
        HttpResponse<String> detail = visitor.get("/blacklist/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(name, uscc, "《市场监督管理严重违法失信名单管理办法》第十条");
        assertThat(visitor.get("/redlist/" + id).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/exposure").body()).contains(name);
        assertThat(badges.forSubjects(List.of(subjectId))).containsEntry(subjectId,
                java.util.EnumSet.of(RedBlackBadges.Badge.PUNISHMENT));
        assertThat(badges.publishedEntries(subjectId)).extracting(Entry::id).containsExactly(id);
        assertThat(badges.listSizes().get(ListKind.BLACK)).isPositive();
        assertThat(jdbc.queryForList("select action from redblack_entry_history where entry_id = ? order by id",
                String.class, id)).containsExactly("PROPOSE", "APPROVE");

        // and: a second department's credit check flags it, and the check is logged
        WebClient other = login("clerk-sthj");
        other.get("/console/credit-check");
        HttpResponse<String> check = other.post("/console/credit-check", Map.of("code", uscc, "purpose", "政府采购资格审查"));
        assertThat(check.body()).contains("失信惩戒对象", "张市监严失", "依法限制参与政府采购、工程招标投标");
        assertThat(jdbc.queryForObject("select count(*) from redblack_check_log where single_code = ? "
                + "and checked_by = 'clerk-sthj' and flagged = 1", Long.class, uscc)).isEqualTo(1);

        // when: the lifecycle job runs as of the day after the validity (XXL-JOB executor parameter)
        XxlJobAdmin admin = new XxlJobAdmin(endpoint);
        assertThat(admin.trigger("redblackLifecycle", 9701, 0, 2, "date=" + validUntil.plusDays(1)).isSuccess())
                .isTrue();
        assertThat(admin.trigger("redblackLifecycle", 9702, 1, 2, "date=" + validUntil.plusDays(1)).isSuccess())
                .isTrue();
        awaitStatus(id, "REMOVED");

        // then: off the list, the page, the badge and the check; history says who and why
        assertThat(jdbc.queryForMap("select removal_reason, removed_on from redblack_entry where id = ?", id))
                .containsEntry("removal_reason", "EXPIRED");
        assertThat(visitor.get("/blacklist").body()).doesNotContain(name);
        assertThat(visitor.get("/blacklist/" + id).statusCode()).isEqualTo(404);
        assertThat(badges.forSubjects(List.of(subjectId))).doesNotContainKey(subjectId);
        assertThat(badges.publishedEntries(subjectId)).isEmpty();
        other.get("/console/credit-check");
        assertThat(other.post("/console/credit-check", Map.of("code", uscc)).body())
                .contains("无红黑名单记录").doesNotContain("张市监严失");
        assertThat(jdbc.queryForMap("select actor, reason from redblack_entry_history where entry_id = ? "
                + "and action = 'EXPIRE'", id)).containsEntry("actor", "job:redblackLifecycle");
    }

    @Test
    void departmentRemovesAPublishedEntryEarlyWithAReasonAndOtherDepartmentsCannot() {
        // given: a published black list entry of 市场监管局
        String uscc = RedBlackFixtures.uscc();
        WebClient clerk = login("clerk-scjg");
        long id = proposeByForm(clerk, "张家港市测试修复有限公司" + uscc.substring(12), uscc,
                "张市监严失〔2026〕R" + uscc.substring(12) + "号", LocalDate.now().plusYears(3));
        assertThat(entries.approve(List.of(id), "reviewer")).isEqualTo(1);

        // when: another department tries, then the own department removes it (信用修复)
        WebClient other = login("clerk-sthj");
        other.get("/console/redblack/entries");
        assertThat(other.get("/console/redblack/entries/" + id).statusCode()).isEqualTo(404);
        other.post("/console/redblack/entries/" + id + "/remove", Map.of("reason", "REPAIRED", "note", "越权"));
        assertThat(status(id)).isEqualTo("PUBLISHED");
        clerk.get("/console/redblack/entries/" + id);
        HttpResponse<String> removed = clerk.post("/console/redblack/entries/" + id + "/remove",
                Map.of("reason", "REPAIRED", "note", "信用修复决定 张信修〔2026〕8号"));

        // then
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("REMOVED");
        assertThat(jdbc.queryForMap("select removal_reason, removal_note from redblack_entry where id = ?", id))
                .containsEntry("removal_reason", "REPAIRED")
                .containsEntry("removal_note", "信用修复决定 张信修〔2026〕8号");
        assertThat(jdbc.queryForMap("select actor, reason from redblack_entry_history where entry_id = ? "
                + "and action = 'REMOVE'", id)).containsEntry("actor", "clerk-scjg")
                .containsEntry("reason", "REPAIRED: 信用修复决定 张信修〔2026〕8号");
        assertThat(clerk.get("/console/redblack/entries/" + id).body()).contains("信用修复", "提前移出",
                "/console/subjects/legal/");
    }

    @Test
    void rejectionNeedsAReasonAndIsKeptWithTheEntry() {
        String uscc = RedBlackFixtures.uscc();
        WebClient clerk = login("clerk-scjg");
        long id = proposeByForm(clerk, "张家港市测试驳回有限公司" + uscc.substring(12), uscc,
                "张市监严失〔2026〕J" + uscc.substring(12) + "号", LocalDate.now().plusYears(1));

        WebClient reviewer = login("reviewer");
        reviewer.get("/console/review/lists/" + id);
        HttpResponse<String> noReason = reviewer.post("/console/review/lists/confirm",
                Map.of("ids", String.valueOf(id), "decision", "REJECT"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("驳回须填写理由");
        reviewer.post("/console/review/lists/decide", Map.of("ids", String.valueOf(id), "decision", "REJECT",
                "reason", "认定文号与决定书不一致"));

        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(clerk.get("/console/redblack/entries/" + id).body()).contains("认定文号与决定书不一致");
    }

    /** Proposes a black list entry of 市场监管局 through the console form; returns its id. */
    private long proposeByForm(WebClient clerk, String name, String uscc, String documentNo, LocalDate validUntil) {
        clerk.get("/console/redblack/entries/new");
        HttpResponse<String> proposed = clerk.post("/console/redblack/entries",
                RedBlackFixtures.blackForm(name, uscc, documentNo, validUntil));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
        return Long.parseLong(proposed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from redblack_entry where id = ?", String.class, id);
    }

    private void awaitStatus(long id, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!expected.equals(status(id)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(status(id)).isEqualTo(expected);
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        assertThat(client.login(user, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }
}
