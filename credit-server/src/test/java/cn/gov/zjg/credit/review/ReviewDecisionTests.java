package cn.gov.zjg.credit.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Approve and reject, one record or a whole batch; the review page; a rejection's way back through the clerk. */
@CreditIntegrationTest
class ReviewDecisionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    StagingQueue queue;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(context);
    }

    @Test
    void reviewPageShowsThePublicViewWithANaturalPersonMaskedAndNoIdNumber() throws Exception {
        // given (domain.md §6, decision 8): a natural person's penalty and a company's license with its
        // representative's ID number
        Batch penalties = fixtures.stageAndValidate(RecordType.PENALTY, fixtures.department("sthj"),
                List.of(ReviewFixtures.penaltyOfPerson("张环罚〔2026〕M" + System.nanoTime() + "号", "李小明")));
        Batch licenses = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(1, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        WebClient reviewer = login("reviewer");

        // when
        String person = reviewer.get("/console/review/PENALTY/" + fixtures.rowId(penalties, 2)).body();
        String company = reviewer.get("/console/review/LICENSE/" + fixtures.rowId(licenses, 2)).body();

        // then
        assertThat(person).contains("李**", "natural-person-note", "行政处罚决定书文号", "公众将看到的内容", "一般")
                .doesNotContain("李小明", ReviewFixtures.ID_NUMBER, "320582********1233");
        assertThat(person).contains("处罚决定日期", "应在 7 个工作日内"); // the late-reporting warning (decision 7)
        assertThat(company).contains("张家港市示例贸易有限公司", "张三", "许可内容")
                .doesNotContain(ReviewFixtures.LEGAL_REP_ID, "natural-person-note");
    }

    @Test
    void correctionShowsAFieldByFieldDifferenceAgainstThePublishedRecord() throws Exception {
        // given: a published license (inserted here as publication would) and a staged correction of it
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(1, "张市监许", (i, r) -> r.put("许可内容", "准予食品经营许可（含冷藏冷冻食品）"),
                        ReviewFixtures::license));
        long row = fixtures.rowId(batch, 2);
        Map<String, Object> staged = jdbc.queryForMap("select * from license_staging where id = ?", row);
        jdbc.update("insert into publicity_license (origin_staging_id, staging_id, department_id, subject_kind, xdr_mc,"
                + " xdr_lb, xdr_shxym, frdb, xkws, wsh, xklb, nr, jdrq, yxqz, yxqzi, xkjg, xkjgdm, zt, lydw, lydwdm,"
                + " status) values (?, ?, ?, 'LEGAL', ?, ?, ?, ?, ?, ?, ?, '准予食品经营许可', ?, ?, '2030-12-31', ?, ?,"
                + " '1', ?, ?, 'PUBLIC')", -row, -row, staged.get("department_id"), staged.get("xdr_mc"),
                staged.get("xdr_lb"), staged.get("xdr_shxym"), staged.get("frdb"), staged.get("xkws"),
                staged.get("wsh"), staged.get("xklb"), staged.get("jdrq"), staged.get("yxqz"), staged.get("xkjg"),
                staged.get("xkjgdm"), staged.get("lydw"), staged.get("lydwdm"));
        long published = jdbc.queryForObject("select id from publicity_license where origin_staging_id = ?",
                Long.class, -row);
        jdbc.update("update license_staging set corrects_id = ? where id = ?", published, row);

        // when
        String page = login("reviewer").get("/console/review/LICENSE/" + row).body();
        String queuePage = login("reviewer").get("/console/review?batchNo=" + batch.batchNo()).body();

        // then: exactly the two changed fields, each with both values
        String changes = page.substring(page.indexOf("id=\"changes\""), page.indexOf("</table>",
                page.indexOf("id=\"changes\"")));
        assertThat(changes).contains("change-XK_NR", "准予食品经营许可</del>", "准予食品经营许可（含冷藏冷冻食品）</ins>")
                .contains("change-XK_YXQZI", "2030-12-31", "2099-12-31")
                .doesNotContain("change-XK_XKJG", "change-XK_XDR_MC", "change-XK_WSH");
        assertThat(page).contains("与已公示记录 " + published + " 对比");
        assertThat(ReviewQueueTests.rowHtml(queuePage, "LICENSE", row)).contains("变更");
    }

    @Test
    void reviewerApprovesOneRecordAndASecondDecisionChangesNothing() throws Exception {
        List<Map<String, Object>> rows = ReviewFixtures.rows(1, "张市监许", (i, r) -> { }, ReviewFixtures::license);
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                new java.util.ArrayList<>(rows));
        long id = fixtures.rowId(batch, 2);
        WebClient reviewer = login("reviewer");
        WebClient admin = login("admin");
        reviewer.get("/console/review/LICENSE/" + id);
        admin.get("/console/review/LICENSE/" + id); // both have the page open

        // when
        var first = reviewer.post("/console/review/LICENSE/" + id + "/approve", Map.of());
        var second = admin.post("/console/review/LICENSE/" + id + "/reject", Map.of("reason", "重复"));
        var third = admin.post("/console/review/LICENSE/" + id + "/approve", Map.of());

        // then
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/console/review").body()).contains("已批准，记录将由公示任务发布");
        assertThat(admin.get("/console/review").body()).contains("该记录已由他人处理，未作更改");
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(third.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select status, reviewed_by from license_staging where id = ?", id))
                .containsEntry("status", "APPROVED").containsEntry("reviewed_by", "reviewer");
        assertThat(jdbc.queryForList("select decision from review_decision where record_type = 'LICENSE'"
                + " and staging_id = ?", String.class, id)).containsExactly("APPROVE");
        assertThat(jdbc.queryForObject("select count(*) from validation_issue where record_type = 'LICENSE'"
                + " and staging_id = ? and rule_code = 'REVIEW_REJECTED'", Long.class, id)).isZero();
        assertThat(jdbc.queryForList("select action from operation_log where module = 'review' and username = ?"
                + " and target like ?", String.class, "reviewer", "%" + id + "%")).contains("approve");
        // and: the approved record still counts as accepted for the duplicate rule (domain.md §1.6 rule 7)
        rows.get(0).put("备注", "再次报送"); // another file (the same file twice is refused at upload)
        Batch again = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"), rows);
        assertThat(jdbc.queryForList("select rule_code from validation_issue where record_type = 'LICENSE' and"
                + " staging_id = ?", String.class, fixtures.rowId(again, 2))).contains("DUPLICATE");
    }

    @Test
    void reviewerApprovesAWholeBatchAfterAConfirmationSayingHowManyAndWhatKind() throws Exception {
        // given: 3 companies and 1 natural person, all penalties
        List<Map<String, Object>> rows = ReviewFixtures.rows(3, "张环罚", (i, r) -> { }, ReviewFixtures::penalty);
        rows.add(ReviewFixtures.penaltyOfPerson("张环罚〔2026〕N" + System.nanoTime() + "号", "王五"));
        Batch batch = fixtures.stageAndValidate(RecordType.PENALTY, fixtures.department("sthj"), rows);
        WebClient reviewer = login("reviewer");

        // when
        String list = reviewer.get("/console/review?batchNo=" + batch.batchNo()).body();
        String confirm = reviewer.get("/console/review/batches/" + batch.id() + "?decision=approve").body();
        var approved = reviewer.post("/console/review/batches/" + batch.id() + "/approve", Map.of());
        String after = reviewer.get("/console/review").body();
        reviewer.get("/console/review/batches/" + batch.id() + "?decision=approve");
        var again = reviewer.post("/console/review/batches/" + batch.id() + "/approve", Map.of());

        // then
        assertThat(list).contains("approve-batch", "/console/review/batches/" + batch.id());
        assertThat(confirm).contains("批准 4 条行政处罚记录（其中自然人 1 条）？");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(after).contains("已批准 4 条记录。");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/console/review").body()).contains("没有可处理的记录");
        assertThat(jdbc.queryForList("select distinct status from penalty_staging where batch_id = ?", String.class,
                batch.id())).containsExactly("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from review_decision where batch_id = ? and decision ="
                + " 'APPROVE' and decided_by = 'reviewer'", Long.class, batch.id())).isEqualTo(4);
        assertThat(jdbc.queryForList("select action from operation_log where module = 'review' and username ="
                + " 'reviewer' and target like ?", String.class, "%" + batch.id() + "%")).contains("approve-batch");
    }

    @Test
    void rejectionNeedsAReasonAndSendsTheRecordToTheClerkWhoseFixBringsItBack() throws Exception {
        // given
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(1, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        long id = fixtures.rowId(batch, 2);
        WebClient reviewer = login("reviewer");
        reviewer.get("/console/review/LICENSE/" + id);

        // when: no reason, then a reason
        var noReason = reviewer.post("/console/review/LICENSE/" + id + "/reject", Map.of("reason", "  "));
        String refused = reviewer.get("/console/review/LICENSE/" + id).body();
        String statusAfterRefusal = fixtures.status(RecordType.LICENSE, id);
        var rejected = reviewer.post("/console/review/LICENSE/" + id + "/reject",
                Map.of("reason", "许可内容与决定书原件不符，请核对"));

        // then
        assertThat(noReason.headers().firstValue("Location").orElseThrow()).endsWith("/console/review/LICENSE/" + id);
        assertThat(refused).contains("请填写退回原因");
        assertThat(statusAfterRefusal).isIn("VALID", "WARNED");
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(fixtures.status(RecordType.LICENSE, id)).isEqualTo("INVALID");
        assertThat(jdbc.queryForMap("select decision, reason from review_decision where record_type = 'LICENSE'"
                + " and staging_id = ?", id)).containsEntry("decision", "REJECT")
                .containsEntry("reason", "许可内容与决定书原件不符，请核对");

        // and: the clerk sees the reason in the failed-row queue, fixes the row, and it is back in review
        WebClient clerk = login("clerk-scjg");
        String failed = clerk.get("/console/validation/failed?type=LICENSE").body();
        assertThat(failed).contains("审核未通过，已退回：许可内容与决定书原件不符，请核对");
        assertThat(clerk.get("/console/validation/failed/LICENSE/" + id).body()).contains("许可内容与决定书原件不符");
        Map<String, String> corrected = formValues(id);
        corrected.put("XK_NR", "准予食品经营许可（已核对原件）");
        assertThat(clerk.post("/console/validation/failed/LICENSE/" + id, corrected).statusCode()).isEqualTo(302);
        assertThat(fixtures.status(RecordType.LICENSE, id)).isIn("VALID", "WARNED");
        assertThat(jdbc.queryForObject("select count(*) from validation_issue where record_type = 'LICENSE'"
                + " and staging_id = ? and rule_code = 'REVIEW_REJECTED'", Long.class, id)).isZero();
        assertThat(ReviewQueueTests.rowIds(reviewer.get("/console/review?batchNo=" + batch.batchNo()).body()))
                .containsExactly("row-LICENSE-" + id);
    }

    @Test
    void wholeBatchRejectionNeedsAReasonAndSaysHowMany() throws Exception {
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(2, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        WebClient reviewer = login("reviewer");

        String confirm = reviewer.get("/console/review/batches/" + batch.id() + "?decision=reject").body();
        var noReason = reviewer.post("/console/review/batches/" + batch.id() + "/reject", Map.of("reason", ""));
        String unchanged = fixtures.status(RecordType.LICENSE, fixtures.rowId(batch, 2));
        reviewer.get("/console/review/batches/" + batch.id() + "?decision=reject");
        reviewer.post("/console/review/batches/" + batch.id() + "/reject", Map.of("reason", "整批数据来源单位填写错误"));

        assertThat(confirm).contains("退回 2 条行政许可记录？");
        assertThat(noReason.headers().firstValue("Location").orElseThrow()).contains("decision=reject");
        assertThat(unchanged).isIn("VALID", "WARNED");
        assertThat(reviewer.get("/console/review").body()).contains("已退回 2 条记录");
        assertThat(jdbc.queryForObject("select count(*) from validation_issue where batch_id = ? and rule_code ="
                + " 'REVIEW_REJECTED' and args_json like '%整批数据来源单位填写错误%' and department_id = ?", Long.class,
                batch.id(), fixtures.department("scjg")))
                .isEqualTo(2);
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        client.login(user, "Demo@2026");
        return client;
    }

    /** What the clerk's correction form posts back: the row's current values, dates as the form shows them. */
    private Map<String, String> formValues(long id) {
        Map<String, String> values = new HashMap<>();
        queue.find(RecordType.LICENSE, id, null).record().values().forEach((code, value) -> values.put(code,
                value instanceof LocalDate date ? date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                        : value.toString()));
        return values;
    }
}
