package cn.gov.zjg.credit.review;

import java.time.LocalDateTime;
import java.util.Map;

import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revocation requests (撤销) decided by a reviewer within the 3-day limit (domain.md §3.1). Publication creates the
 * requests and applies the decision. The first test inserts a published record and requests of chosen ages (the
 * deadline states need them) and checks what review does; the second goes the whole way through the console.
 */
@CreditIntegrationTest
class RevocationReviewTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void reviewerSeesPendingRequestsWithTheirLimitAndDecidesThemWithAReasonToReject() {
        // given: two requests, one overdue, one due in 2 days
        long department = jdbc.queryForObject("select id from department where code = 'sthj'", Long.class);
        long penalty = publishedPenalty(department);
        long overdue = request(penalty, department, LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(4));
        long onTime = request(penalty, department, LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1));
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");

        // when
        String list = listing(reviewer, overdue) + listing(reviewer, onTime);
        var noReason = reviewer.post("/console/review/revocations/" + onTime + "/reject", Map.of("reason", ""));
        String refused = reviewer.get("/console/review/revocations").body();
        reviewer.post("/console/review/revocations/" + overdue + "/approve", Map.of());
        reviewer.get("/console/review/revocations");
        reviewer.post("/console/review/revocations/" + onTime + "/reject", Map.of("reason", "原处罚决定未被撤销"));
        reviewer.get("/console/review/revocations");
        reviewer.post("/console/review/revocations/" + overdue + "/reject", Map.of("reason", "再次处理"));

        // then
        assertThat(row(list, overdue)).contains("deadline-overdue", "已超时", "张环罚〔2026〕R");
        assertThat(row(list, onTime)).doesNotContain("deadline-overdue").contains("未到期");
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(refused).contains("请填写退回原因");
        assertThat(jdbc.queryForMap("select status, decided_by, decision_reason from publicity_revocation where id = ?",
                overdue)).containsEntry("status", "APPROVED").containsEntry("decided_by", "reviewer")
                .containsEntry("decision_reason", null);
        assertThat(jdbc.queryForMap("select status, decision_reason from publicity_revocation where id = ?", onTime))
                .containsEntry("status", "REJECTED").containsEntry("decision_reason", "原处罚决定未被撤销");
        assertThat(jdbc.queryForList("select decision from review_decision where record_type = 'REVOCATION' and"
                + " staging_id = ?", String.class, overdue)).containsExactly("APPROVE");
        assertThat(jdbc.queryForList("select decision from review_decision where record_type = 'REVOCATION' and"
                + " staging_id = ?", String.class, onTime)).containsExactly("REJECT");
        assertThat(jdbc.queryForList("select action from operation_log where module = 'review' and username ="
                + " 'reviewer'", String.class)).contains("approve-revocation", "reject-revocation");
    }

    @Test
    void theDemoReviewerApprovesTheClerksBatchAndLaterItsRevocationWhichWithdrawsTheRecord() throws Exception {
        // given: the clerk's batch, approved by the reviewer in the queue, published by the job
        var fixtures = new ReviewFixtures(context);
        var batch = fixtures.stageAndValidate(cn.gov.zjg.credit.submission.RecordType.PENALTY,
                fixtures.department("sthj"), ReviewFixtures.rows(2, "张环罚", (i, r) -> { }, ReviewFixtures::penalty));
        WebClient reviewer = new WebClient(port);
        reviewer.login("reviewer", "Demo@2026");
        reviewer.get("/console/review/batches/" + batch.id() + "?decision=approve");
        reviewer.post("/console/review/batches/" + batch.id() + "/approve", Map.of());
        var pipeline = new cn.gov.zjg.credit.support.Pipeline(context.getBean(
                cn.gov.zjg.credit.submission.excel.ExcelUploadService.class),
                context.getBean(cn.gov.zjg.credit.submission.BatchService.class),
                context.getBean(cn.gov.zjg.credit.department.DepartmentService.class), jdbc,
                context.getBean(cn.gov.zjg.credit.jobs.ExecutorEndpoint.class));
        pipeline.publish(batch);
        long published = jdbc.queryForObject("select published_id from penalty_staging where batch_id = ? and"
                + " source_row = 2", Long.class, batch.id());

        // when: the clerk asks to revoke it and the reviewer approves in the revocation tab
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        clerk.get("/console/publicity/PENALTY/" + published);
        clerk.post("/console/publicity/PENALTY/" + published + "/revoke", Map.of("reason", "复议机关已撤销该处罚决定"));
        long request = jdbc.queryForObject("select id from publicity_revocation where record_type = 'PENALTY' and"
                + " record_id = ?", Long.class, published);
        String list = listing(reviewer, request);
        reviewer.post("/console/review/revocations/" + request + "/approve", Map.of());

        // then
        assertThat(row(list, request)).contains("复议机关已撤销该处罚决定", "未到期");
        assertThat(jdbc.queryForObject("select status from publicity_penalty where id = ?", String.class, published))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForList("select actor from publicity_history where record_type = 'PENALTY' and"
                + " record_id = ? and action = 'REVOKE'", String.class, published)).containsExactly("reviewer");
        assertThat(jdbc.queryForObject("select status from publicity_penalty where id = (select published_id from"
                + " penalty_staging where batch_id = ? and source_row = 3)", String.class, batch.id()))
                .isEqualTo("PUBLIC");
    }

    private long publishedPenalty(long department) {
        long origin = -System.nanoTime();
        jdbc.update("insert into publicity_penalty (origin_staging_id, staging_id, department_id, subject_kind, xdr_mc,"
                + " xdr_lb, wsh, jdrq, status) values (?, ?, ?, 'LEGAL', '张家港市撤销测试有限公司', '法人及非法人组织',"
                + " ?, '2026-11-05', 'PUBLIC')", origin, origin, department, "张环罚〔2026〕R" + origin + "号");
        return jdbc.queryForObject("select id from publicity_penalty where origin_staging_id = ?", Long.class, origin);
    }

    private long request(long penalty, long department, LocalDateTime requestedAt) {
        jdbc.update("insert into publicity_revocation (record_type, record_id, department_id, reason, requested_by,"
                + " requested_at, due_at) values ('PENALTY', ?, ?, '行政复议决定撤销原处罚', 'clerk-sthj', ?, ?)",
                penalty, department, requestedAt, requestedAt.plusDays(3));
        return jdbc.queryForObject("select max(id) from publicity_revocation where record_id = ?", Long.class,
                penalty);
    }

    /** The page of the pending requests that lists {@code id} (other tests' requests may come first). */
    private static String listing(WebClient reviewer, long id) {
        for (int page = 1; page <= 20; page++) {
            String html = reviewer.get("/console/review/revocations?page=" + page).body();
            if (html.contains("id=\"revocation-" + id + "\"")) {
                return html;
            }
        }
        throw new AssertionError("revocation " + id + " is not listed");
    }

    private static String row(String html, long id) {
        int start = html.indexOf("id=\"revocation-" + id + "\"");
        assertThat(start).isPositive();
        return html.substring(html.lastIndexOf("<tr", start), html.indexOf("</tr>", start));
    }
}
