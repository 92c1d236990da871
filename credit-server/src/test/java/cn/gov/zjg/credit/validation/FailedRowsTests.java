package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.WebClient;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk's failed-row queue: mistakes found by the job are fixed online or set aside with a reason. */
@CreditIntegrationTest
class FailedRowsTests {

    @LocalServerPort
    int port;

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    StagingQueue queue;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clerkFixesAFailedRowOnlineAndItPassesAndIgnoresAnotherWithAReason() throws Exception {
        // given: two rows with a wrong credit code, validated by the job
        String stamp = String.valueOf(System.nanoTime());
        Batch batch = stageAndValidate(stamp);
        long first = rowId(batch, 2);
        long second = rowId(batch, 3);
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-scjg", "Demo@2026");

        // when: the queue, the form, then a correction of the first row
        String list = clerk.get("/console/validation/failed?type=LICENSE").body();
        String form = clerk.get("/console/validation/failed/LICENSE/" + first).body();
        Map<String, String> corrected = formValues(first);
        corrected.put("XK_XDR_SHXYM", "91320582MA1MUL3Q1G");
        var saved = clerk.post("/console/validation/failed/LICENSE/" + first, corrected);
        var noReason = clerk.post("/console/validation/failed/LICENSE/" + second + "/ignore", Map.of("reason", " "));
        var ignored = clerk.post("/console/validation/failed/LICENSE/" + second + "/ignore",
                Map.of("reason", "该企业已注销，数据作废"));

        // then
        assertThat(list).contains(stamp + "-0号", "统一社会信用代码");
        assertThat(form).contains("is-invalid", "91320582MA1MUL3Q1H");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(status(first)).isIn("VALID", "WARNED");
        assertThat(jdbc.queryForObject("select fixed_by from license_staging where id = ?", String.class, first))
                .isEqualTo("clerk-scjg");
        assertThat(noReason.headers().firstValue("Location").orElseThrow()).endsWith("/" + second);
        assertThat(status(second)).isEqualTo("IGNORED");
        assertThat(ignored.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select ignore_reason from license_staging where id = ?", String.class, second))
                .isEqualTo("该企业已注销，数据作废");
        assertThat(jdbc.queryForList("select action from operation_log where module = 'validation' "
                + "and username = 'clerk-scjg'", String.class)).contains("open-failed-row", "correct-row", "ignore-row");
    }

    @Test
    void anotherDepartmentCannotOpenTheFailedRowAndTheBatchPageListsTheProblems() throws Exception {
        Batch batch = stageAndValidate(String.valueOf(System.nanoTime()));
        long first = rowId(batch, 2);
        WebClient other = new WebClient(port);
        other.login("clerk-sthj", "Demo@2026");
        WebClient owner = new WebClient(port);
        owner.login("clerk-scjg", "Demo@2026");

        assertThat(other.get("/console/validation/failed/LICENSE/" + first).statusCode()).isEqualTo(404);
        assertThat(other.get("/console/validation/batches/" + batch.id()).statusCode()).isEqualTo(404);
        assertThat(owner.get("/console/validation/batches/" + batch.id()).body())
                .contains("统一社会信用代码", "错误", "下载校验回执");
    }

    private Batch stageAndValidate(String stamp) throws Exception {
        long department = departments.findByCode("scjg").orElseThrow().id();
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(3, (i, row) -> {
            row.put("行政许可决定文书号", "张市监许〔2026〕" + stamp + "-" + i + "号");
            row.put("许可决定日期", LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
            row.put("统一社会信用代码", i < 2 ? "91320582MA1MUL3Q1H" : "91320582MA1MUL3Q1G");
        }));
        Batch batch = uploads.upload(RecordType.LICENSE, department,
                new ExcelUploadService.Upload(stamp + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        new XxlJobAdmin(endpoint).trigger("validateSubmissions", 9201, 0, 1);
        String pending = "select count(*) from license_staging where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batch.id()) > 0) {
            Thread.sleep(50);
        }
        return batch;
    }

    private long rowId(Batch batch, int sourceRow) {
        return jdbc.queryForObject("select id from license_staging where batch_id = ? and source_row = ?", Long.class,
                batch.id(), sourceRow);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from license_staging where id = ?", String.class, id);
    }

    /** What the form would post back: the row's current values, dates as the form shows them. */
    private Map<String, String> formValues(long id) {
        Map<String, String> values = new HashMap<>();
        queue.find(RecordType.LICENSE, id, null).record().values().forEach((code, value) -> values.put(code,
                value instanceof LocalDate date ? date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                        : value.toString()));
        return values;
    }
}
