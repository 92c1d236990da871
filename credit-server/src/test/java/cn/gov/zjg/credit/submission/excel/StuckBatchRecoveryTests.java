package cn.gov.zjg.credit.submission.excel;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A file whose reading node died is read again from the stored original: nothing lost, nothing staged twice. */
@CreditIntegrationTest
class StuckBatchRecoveryTests {

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
    void aBatchStuckInReadingIsReadAgainInFullByTheRecoveryJob() throws Exception {
        // given: a 40-row file whose node "died" after staging 15 rows
        long department = departments.findByCode("scjg").orElseThrow().id();
        String stamp = String.valueOf(System.nanoTime());
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(40,
                (i, row) -> row.put("行政许可决定文书号", "张市监许〔2026〕" + stamp + "-" + i + "号")));
        Batch batch = uploads.upload(RecordType.LICENSE, department,
                new ExcelUploadService.Upload(stamp + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        awaitStatus(batch, BatchStatus.STAGED);
        jdbc.update("delete from license_staging where batch_id = ? and source_row > 16", batch.id());
        jdbc.update("update submission_batch set status = 'READING', finished_at = null, rows_read = 15, "
                + "rows_staged = 15, updated_at = now() - interval 1 hour where id = ?", batch.id());

        // when
        new XxlJobAdmin(endpoint).trigger("rereadStuckBatches", 9401, 0, 1);

        // then
        Batch done = awaitStatus(batch, BatchStatus.STAGED);
        assertThat(done.rowsStaged()).isEqualTo(40);
        assertThat(done.reconciled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from license_staging where batch_id = ?", Long.class,
                batch.id())).isEqualTo(40L);
        assertThat(jdbc.queryForObject("select count(distinct source_row) from license_staging where batch_id = ?",
                Long.class, batch.id())).isEqualTo(40L);
    }

    private Batch awaitStatus(Batch batch, BatchStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Batch current = batches.find(batch.id(), null);
        while (current.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(50);
            current = batches.find(batch.id(), null);
        }
        assertThat(current.status()).isEqualTo(status);
        return current;
    }
}
