package cn.gov.zjg.credit.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import cn.gov.zjg.credit.validation.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewers' queue: filters, the 7-working-day deadline, and who may open it. */
@CreditIntegrationTest
class ReviewQueueTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    WorkingDayCalendar calendar;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(context);
    }

    @Test
    void queueFiltersByDepartmentTypeBatchSubjectCategoryAndSeverity() throws Exception {
        // given: licenses of 市场监管局, penalties (tier 一般: a fine) of 生态环境局, one of them a natural person
        Batch licenses = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(2, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        Batch penalties = fixtures.stageAndValidate(RecordType.PENALTY, fixtures.department("sthj"),
                List.of(ReviewFixtures.penalty("张环罚〔2026〕Q" + System.nanoTime() + "号"),
                        ReviewFixtures.penaltyOfPerson("张环罚〔2026〕P" + System.nanoTime() + "号", "欧阳娜娜")));
        WebClient reviewer = login("reviewer");

        // when
        String byLicenseBatch = reviewer.get("/console/review?batchNo=" + licenses.batchNo()).body();
        String byDepartmentAndType = reviewer.get("/console/review?recordType=PENALTY&departmentId="
                + fixtures.department("sthj") + "&batchNo=" + penalties.batchNo()).body();
        String wrongType = reviewer.get("/console/review?recordType=LICENSE&batchNo=" + penalties.batchNo()).body();
        String naturalPersons = reviewer.get("/console/review?subjectCategory=自然人&batchNo="
                + penalties.batchNo()).body();
        String general = reviewer.get("/console/review?tier=GENERAL&batchNo=" + penalties.batchNo()).body();
        String serious = reviewer.get("/console/review?tier=SERIOUS&batchNo=" + penalties.batchNo()).body();
        String otherDepartment = reviewer.get("/console/review?departmentId=" + fixtures.department("scjg")
                + "&batchNo=" + penalties.batchNo()).body();

        // then
        assertThat(rowIds(byLicenseBatch)).containsExactlyInAnyOrder("row-LICENSE-" + fixtures.rowId(licenses, 2),
                "row-LICENSE-" + fixtures.rowId(licenses, 3));
        assertThat(rowIds(byDepartmentAndType)).hasSize(2);
        assertThat(rowIds(wrongType)).isEmpty();
        assertThat(rowIds(naturalPersons)).containsExactly("row-PENALTY-" + fixtures.rowId(penalties, 3));
        assertThat(naturalPersons).contains("欧***").doesNotContain("欧阳娜娜", ReviewFixtures.ID_NUMBER);
        assertThat(rowIds(general)).hasSize(2);
        assertThat(rowIds(serious)).isEmpty();
        assertThat(rowIds(otherDepartment)).isEmpty();
    }

    @Test
    void recordsNearingOrPastTheSevenWorkingDayDeadlineStandOut() throws Exception {
        // given (domain.md §3.1, decision 7): decided long ago, 5 working days before the deadline of two working
        // days from now, and today (7 left)
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate dueInTwo = calendar.addWorkingDays(calendar.addWorkingDays(today, 2), -7);
        List<LocalDate> decided = List.of(LocalDate.of(2026, 1, 5), dueInTwo, today);
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(3, "张市监许", (i, r) -> {
                    r.put("许可决定日期", ReviewFixtures.date(decided.get(i)));
                    r.put("有效期自", ReviewFixtures.date(decided.get(i)));
                }, ReviewFixtures::license));
        long overdue = fixtures.rowId(batch, 2);
        long soon = fixtures.rowId(batch, 3);
        long onTime = fixtures.rowId(batch, 4);
        WebClient reviewer = login("reviewer");

        // when
        String all = reviewer.get("/console/review?batchNo=" + batch.batchNo()).body();

        // then: class and words, not colour alone
        assertThat(rowHtml(all, "LICENSE", overdue)).contains("deadline-overdue", "已超期")
                .contains(calendar.addWorkingDays(decided.get(0), 7).toString());
        assertThat(rowHtml(all, "LICENSE", soon)).contains("deadline-soon", "剩余 2 个工作日");
        assertThat(rowHtml(all, "LICENSE", onTime)).doesNotContain("deadline-soon", "deadline-overdue")
                .contains("剩余 7 个工作日");
        assertThat(rowIds(reviewer.get("/console/review?age=OVERDUE&batchNo=" + batch.batchNo()).body()))
                .containsExactly("row-LICENSE-" + overdue);
        assertThat(rowIds(reviewer.get("/console/review?age=DUE_SOON&batchNo=" + batch.batchNo()).body()))
                .containsExactly("row-LICENSE-" + soon);
        assertThat(rowIds(reviewer.get("/console/review?age=ON_TIME&batchNo=" + batch.batchNo()).body()))
                .containsExactly("row-LICENSE-" + onTime);
    }

    @Test
    void submittersAndAuditorsCannotOpenTheReviewPages() throws Exception {
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, fixtures.department("scjg"),
                ReviewFixtures.rows(1, "张市监许", (i, r) -> { }, ReviewFixtures::license));
        long id = fixtures.rowId(batch, 2);
        for (String user : List.of("clerk-scjg", "auditor")) {
            WebClient client = login(user);
            assertThat(client.get("/console/review").statusCode()).as(user).isEqualTo(403);
            assertThat(client.get("/console/review/LICENSE/" + id).statusCode()).as(user).isEqualTo(403);
            assertThat(client.get("/console/review/revocations").statusCode()).as(user).isEqualTo(403);
            assertThat(client.get("/console/review/batches/" + batch.id()).statusCode()).as(user).isEqualTo(403);
            assertThat(client.get("/console/review/policies").statusCode()).as(user).isEqualTo(403);
            client.get("/console");
            assertThat(client.post("/console/review/LICENSE/" + id + "/approve", Map.of()).statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(client.post("/console/review/batches/" + batch.id() + "/approve", Map.of()).statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(fixtures.status(RecordType.LICENSE, id)).isIn("VALID", "WARNED");
        assertThat(login("reviewer").get("/console/review/policies").statusCode()).isEqualTo(403);
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        client.login(user, "Demo@2026");
        return client;
    }

    /** The ids of the queue's table rows ({@code row-TYPE-id}). */
    static List<String> rowIds(String html) {
        return java.util.regex.Pattern.compile("id=\"(row-(?:LICENSE|PENALTY)-\\d+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    static String rowHtml(String html, String type, long id) {
        int start = html.indexOf("id=\"row-" + type + "-" + id + "\"");
        assertThat(start).as("row %s %d on the page", type, id).isPositive();
        int from = html.lastIndexOf("<tr", start);
        return html.substring(from, html.indexOf("</tr>", start));
    }
}
