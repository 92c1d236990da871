package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
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

/** Lateness (7 working days, domain.md §3.1) counts in the department's statistics; scope applies. */
@CreditIntegrationTest
class DepartmentStatisticsTests {

    @LocalServerPort
    int port;

    @Autowired
    DepartmentStatistics statistics;

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsReportedLateAreCountedForTheirDepartmentOnly() throws Exception {
        long scjg = departments.findByCode("scjg").orElseThrow().id();
        long lateBefore = lateOf(scjg);
        String stamp = String.valueOf(System.nanoTime());
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(4, (i, row) -> {
            row.put("行政许可决定文书号", "张市监许〔2025〕" + stamp + "-" + i + "号");
            row.put("许可决定日期", "2025/06/03"); // reported long after 7 working days
            row.put("有效期自", "2025/06/03");
        }));
        Batch batch = uploads.upload(RecordType.LICENSE, scjg,
                new ExcelUploadService.Upload(stamp + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        new XxlJobAdmin(endpoint).trigger("validateSubmissions", 9301, 0, 1);
        String pending = "select count(*) from license_staging where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batch.id()) > 0) {
            Thread.sleep(50);
        }

        assertThat(lateOf(scjg)).isEqualTo(lateBefore + 4);
        List<DepartmentStatistics.Row> scoped = statistics.rows(scjg);
        assertThat(scoped).extracting(DepartmentStatistics.Row::departmentId).containsExactly(scjg);
        WebClient clerk = new WebClient(port);
        clerk.login("clerk-sthj", "Demo@2026");
        assertThat(clerk.get("/console/validation/statistics").body())
                .contains("报送统计").doesNotContain("张家港市市场监督管理局");
    }

    private long lateOf(long departmentId) {
        return statistics.rows(null).stream().filter(r -> r.departmentId() == departmentId)
                .mapToLong(DepartmentStatistics.Row::late).findFirst().orElse(0);
    }
}
