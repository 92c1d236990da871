package cn.gov.zjg.credit.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Auto-approval policies: the administrator's page, and what {@link AutoApproval} approves (and never approves). */
@CreditIntegrationTest
class AutoApprovalTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AutoApproval autoApproval;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(context);
    }

    @Test
    void administratorAddsDisablesAndDeletesPoliciesButNeverOneForNaturalPersonPenalties() {
        long department = fixtures.newDepartment();
        WebClient admin = login("admin");
        admin.get("/console/review/policies");

        // when
        admin.post("/console/review/policies", Map.of("departmentId", String.valueOf(department),
                "recordType", "PENALTY", "subjectCategory", "自然人"));
        String refused = admin.get("/console/review/policies").body();
        admin.post("/console/review/policies", Map.of("departmentId", String.valueOf(department),
                "recordType", "LICENSE", "subjectCategory", "法人及非法人组织"));
        String added = admin.get("/console/review/policies").body();
        admin.post("/console/review/policies", Map.of("departmentId", String.valueOf(department),
                "recordType", "LICENSE", "subjectCategory", "法人及非法人组织"));
        String duplicate = admin.get("/console/review/policies").body();
        long id = jdbc.queryForObject("select id from auto_approval_policy where department_id = ?", Long.class,
                department);
        admin.post("/console/review/policies/" + id + "/disable", Map.of());
        boolean enabledAfterDisable = jdbc.queryForObject("select enabled from auto_approval_policy where id = ?",
                Boolean.class, id);
        admin.get("/console/review/policies");
        admin.post("/console/review/policies/" + id + "/delete", Map.of());

        // then
        assertThat(refused).contains("自然人的行政处罚必须由审核员审核");
        assertThat(added).contains("已添加自动审核策略", "policy-" + id);
        assertThat(duplicate).contains("该部门已有相同类型和类别的策略");
        assertThat(enabledAfterDisable).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from auto_approval_policy where department_id = ?",
                Long.class, department)).isZero();
        assertThat(jdbc.queryForList("select action from operation_log where module = 'review' and username ="
                + " 'admin'", String.class)).contains("add-policy", "disable-policy", "delete-policy");
    }

    @Test
    void policiesApproveLegalPersonLicensesOfTheirDepartmentAndNeverNaturalPersonPenalties() throws Exception {
        // given: a department with a policy for companies' licenses and, oddly (written straight into the table),
        // one for natural persons' penalties; another department without policies
        long department = fixtures.newDepartment();
        long other = fixtures.department("scjg");
        jdbc.update("insert into auto_approval_policy (department_id, record_type, subject_category, created_by)"
                + " values (?, 'LICENSE', '法人及非法人组织', 'test'), (?, 'PENALTY', '自然人', 'test')", department,
                department);
        long policy = jdbc.queryForObject("select id from auto_approval_policy where department_id = ? and"
                + " record_type = 'LICENSE'", Long.class, department);
        List<Map<String, Object>> licenseRows = ReviewFixtures.rows(3, "张审许", (i, r) -> { },
                ReviewFixtures::license);
        licenseRows.add(ReviewFixtures.licenseOfPerson("张审许〔2026〕P" + System.nanoTime() + "号", "赵六"));
        Batch licenses = fixtures.stageAndValidate(RecordType.LICENSE, department, licenseRows);
        Batch penalties = fixtures.stageAndValidate(RecordType.PENALTY, department,
                List.of(ReviewFixtures.penaltyOfPerson("张审罚〔2026〕P" + System.nanoTime() + "号", "孙七")));
        Batch elsewhere = fixtures.stageAndValidate(RecordType.LICENSE, other,
                ReviewFixtures.rows(1, "张市监许", (i, r) -> { }, ReviewFixtures::license));

        // when: two shards on two nodes at once and, at the same moment, a node that runs everything as one shard
        CompletableFuture<Integer> shard0 = CompletableFuture.supplyAsync(() -> autoApproval.approveEligible(0, 2));
        CompletableFuture<Integer> shard1 = CompletableFuture.supplyAsync(() -> autoApproval.approveEligible(1, 2));
        CompletableFuture<Integer> whole = CompletableFuture.supplyAsync(() -> autoApproval.approveEligible(0, 1));
        int first = shard0.get() + shard1.get() + whole.get();
        int again = autoApproval.approveEligible(0, 1);

        // then: each row approved once, with one decision
        assertThat(first).isGreaterThanOrEqualTo(3);
        assertThat(again).isZero();
        for (int row = 2; row <= 4; row++) {
            long id = fixtures.rowId(licenses, row);
            assertThat(jdbc.queryForMap("select status, reviewed_by from license_staging where id = ?", id))
                    .containsEntry("status", "APPROVED").containsEntry("reviewed_by", "auto-policy:" + policy);
            assertThat(jdbc.queryForList("select policy_id from review_decision where record_type = 'LICENSE' and"
                    + " staging_id = ?", Long.class, id)).containsExactly(policy);
        }
        assertThat(fixtures.status(RecordType.LICENSE, fixtures.rowId(licenses, 5))).isIn("VALID", "WARNED");
        assertThat(fixtures.status(RecordType.PENALTY, fixtures.rowId(penalties, 2))).isIn("VALID", "WARNED");
        assertThat(fixtures.status(RecordType.LICENSE, fixtures.rowId(elsewhere, 2))).isIn("VALID", "WARNED");
        assertThat(jdbc.queryForObject("select count(*) from review_decision where batch_id in (?, ?)", Long.class,
                penalties.id(), elsewhere.id())).isZero();
        jdbc.update("delete from auto_approval_policy where department_id = ?", department);
    }

    @Test
    void publishApprovedApprovesByPolicyFirstAndThenPublishes() throws Exception {
        // given: a policy for companies' licenses of a department, and a validated batch of it
        long department = fixtures.newDepartment();
        jdbc.update("insert into auto_approval_policy (department_id, record_type, subject_category, created_by)"
                + " values (?, 'LICENSE', '法人及非法人组织', 'test')", department);
        Batch batch = fixtures.stageAndValidate(RecordType.LICENSE, department,
                ReviewFixtures.rows(2, "张审许", (i, r) -> { }, ReviewFixtures::license));
        var pipeline = new cn.gov.zjg.credit.support.Pipeline(context.getBean(
                cn.gov.zjg.credit.submission.excel.ExcelUploadService.class),
                context.getBean(cn.gov.zjg.credit.submission.BatchService.class),
                context.getBean(cn.gov.zjg.credit.department.DepartmentService.class), jdbc,
                context.getBean(cn.gov.zjg.credit.jobs.ExecutorEndpoint.class));

        // when: the job, as XXL-JOB triggers it
        assertThat(pipeline.run("publishApproved", null)).isEqualTo("SUCCEEDED");

        // then: no reviewer involved, both published
        assertThat(jdbc.queryForList("select distinct status from license_staging where batch_id = ?", String.class,
                batch.id())).containsExactly("PUBLISHED");
        assertThat(jdbc.queryForList("select distinct decided_by from review_decision where batch_id = ?",
                String.class, batch.id())).singleElement().asString().startsWith("auto-policy:");
        jdbc.update("delete from auto_approval_policy where department_id = ?", department);
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        client.login(user, "Demo@2026");
        return client;
    }
}
