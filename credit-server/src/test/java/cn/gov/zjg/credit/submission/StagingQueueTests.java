package cn.gov.zjg.credit.submission;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.hutool.core.util.IdUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CreditIntegrationTest
class StagingQueueTests {

    @Autowired
    StagingQueue queue;

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentClaimersOnTwoShardsNeverTakeTheSameRow() throws Exception {
        Batch batch = stage(120, "并发");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<Long>>> claimers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            int shard = worker % 2;
            claimers.add(() -> {
                List<Long> ids = new ArrayList<>();
                List<ClaimedRecord> claimed;
                while (!(claimed = queue.claim(RecordType.LICENSE, shard, 2, 7, IdUtil.fastSimpleUUID())).isEmpty()) {
                    claimed.forEach(r -> ids.add(r.id()));
                }
                return ids;
            });
        }

        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Long>> result : pool.invokeAll(claimers)) {
            all.addAll(result.get());
        }
        pool.shutdown();

        List<Long> batchIds = jdbc.queryForList("select id from license_staging where batch_id = ?", Long.class,
                batch.id());
        assertThat(all).doesNotHaveDuplicates().containsAll(batchIds);
    }

    @Test
    void onlyTheClaimHolderCompletesARowAndStuckClaimsGoBackToTheQueue() {
        Batch batch = stage(1, "认领");
        jdbc.update("update license_staging set status = 'DONE_ELSEWHERE' where status = 'STAGED' and batch_id <> ?",
                batch.id());
        ClaimedRecord record = queue.claim(RecordType.LICENSE, 0, 1, 10, "first-run-token-0000000000000000").get(0);

        jdbc.update("update license_staging set claimed_at = now() - interval 1 hour where id = ?", record.id());
        int released = queue.releaseStuck(RecordType.LICENSE, Duration.ofMinutes(10));
        ClaimedRecord again = queue.claim(RecordType.LICENSE, 0, 1, 10, "second-run-token-000000000000000").get(0);

        assertThat(released).isEqualTo(1);
        assertThat(again.id()).isEqualTo(record.id());
        assertThat(queue.complete(record, "first-run-token-0000000000000000", "VALID")).as("stale claim").isFalse();
        assertThat(queue.complete(again, "second-run-token-000000000000000", "VALID")).isTrue();
        assertThat(jdbc.queryForObject("select status from license_staging where id = ?", String.class, record.id()))
                .isEqualTo("VALID");
        jdbc.update("update license_staging set status = 'STAGED' where status = 'DONE_ELSEWHERE'");
    }

    @Test
    void claimedValuesArriveByFieldCodeWithDatesAsDates() {
        Batch batch = stage(1, "取值");
        jdbc.update("update license_staging set status = 'DONE_ELSEWHERE' where status = 'STAGED' and batch_id <> ?",
                batch.id());

        ClaimedRecord record = queue.claim(RecordType.LICENSE, 0, 1, 10, IdUtil.fastSimpleUUID()).get(0);

        assertThat(record.values()).containsEntry("XK_XDR_SHXYM", "91320582MA1MUL3Q1G")
                .containsEntry("XK_JDRQ", java.time.LocalDate.of(2026, 11, 2));
        assertThat(record.batchId()).isEqualTo(batch.id());
        jdbc.update("update license_staging set status = 'STAGED' where status = 'DONE_ELSEWHERE'");
    }

    private Batch stage(int rows, String tag) {
        long department = departments.findByCode("scjg").orElseThrow().id();
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(rows,
                (i, row) -> row.put("许可内容", tag + System.nanoTime())));
        Batch batch = uploads.upload(RecordType.LICENSE, department,
                new ExcelUploadService.Upload(tag + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return batches.find(batch.id(), null);
    }
}
