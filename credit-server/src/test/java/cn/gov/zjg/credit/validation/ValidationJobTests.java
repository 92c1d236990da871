package cn.gov.zjg.credit.validation;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.ClaimedRecord;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.XxlJobAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** validateSubmissions triggered as XXL-JOB triggers it, on two shards at once and after an interruption. */
@CreditIntegrationTest
class ValidationJobTests {

    private static final String VALID_CODE = "91320582MA1MUL3Q1G";

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    StagingQueue queue;

    @Autowired
    SubmissionValidation validation;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ValidationReceiptWriter receipts;

    @Test
    void twoShardsAtOnceValidateEveryRowExactlyOnceAndFindTheMistakes() throws Exception {
        // given: 60 rows, three with mistakes and one duplicate of the row before it
        String stamp = String.valueOf(System.nanoTime());
        Batch batch = stage(60, stamp, (i, row) -> {
            if (i == 4) {
                row.put("统一社会信用代码", "91320582MA1MUL3Q1H"); // GB 32100 check digit wrong
            }
            if (i == 9) {
                row.put("许可决定日期", "2099/01/01"); // decision in the future
            }
            if (i == 14) {
                row.put("有效期自", "2027/01/01");
                row.put("有效期至", "2026/12/31"); // 有效期自 after 有效期至
            }
            if (i == 21) {
                row.put("行政许可决定文书号", documentNo(stamp, 20)); // same as the row before: a duplicate
            }
            if (i == 30) {
                row.put("许可决定日期", "下个月"); // cannot be read: never staged, but in the receipt
            }
        });

        // when: both shards triggered together, as SHARDING_BROADCAST does on two nodes
        XxlJobAdmin admin = new XxlJobAdmin(endpoint);
        assertThat(admin.trigger("validateSubmissions", 9101, 0, 2).isSuccess()).isTrue();
        assertThat(admin.trigger("validateSubmissions", 9102, 1, 2).isSuccess()).isTrue();
        awaitValidated(batch);

        // then
        Map<Integer, String> statusByRow = statusByRow(batch);
        assertThat(statusByRow).hasSize(59);
        assertThat(statusByRow.get(6)).isEqualTo("INVALID");
        assertThat(statusByRow.get(11)).isEqualTo("INVALID");
        assertThat(statusByRow.get(16)).isEqualTo("INVALID");
        assertThat(statusByRow.get(22)).as("the earlier of two equal rows stands").isNotEqualTo("INVALID");
        assertThat(statusByRow.get(23)).isEqualTo("INVALID");
        assertThat(statusByRow.values().stream().filter("INVALID"::equals)).hasSize(4);
        assertThat(rulesOfRow(batch, 6)).contains("CREDIT_CODE");
        assertThat(rulesOfRow(batch, 11)).contains("DATE_FUTURE");
        assertThat(rulesOfRow(batch, 16)).contains("DATE_ORDER");
        assertThat(rulesOfRow(batch, 23)).contains("DUPLICATE");
        assertThat(jdbc.queryForObject("select count(*) - count(distinct staging_id, rule_code, field_code, message_key) "
                + "from validation_issue where batch_id = ?", Long.class, batch.id()))
                .as("no problem recorded twice").isZero();
        assertReceiptListsTheFailedRows(batch);
        assertThat(jdbc.queryForList("select concat(shard_index, '/', shard_total) from job_run "
                + "where job_name = 'validateSubmissions' and `trigger` = 'XXL_JOB' and status = 'SUCCEEDED'",
                String.class)).contains("0/2", "1/2");
    }

    @Test
    void aRunAfterAnInterruptionFinishesTheWorkWithoutValidatingAnyRowTwice() throws Exception {
        // given: a run that claimed rows, validated some, then died
        Batch batch = stage(30, String.valueOf(System.nanoTime()), (i, row) -> { });
        String deadRun = "dead-run-token-00000000000000000";
        List<ClaimedRecord> claimed = queue.claim(RecordType.LICENSE, 0, 1, 10, deadRun).stream()
                .filter(r -> r.batchId() == batch.id()).toList();
        for (ClaimedRecord record : claimed.subList(0, Math.min(5, claimed.size()))) {
            jdbc.update("update license_staging set validated_at = null where id = ?", record.id());
            new org.springframework.transaction.support.TransactionTemplate(
                    new org.springframework.jdbc.support.JdbcTransactionManager(jdbc.getDataSource()))
                    .executeWithoutResult(tx -> validation.validateOne(record, deadRun));
        }
        jdbc.update("update license_staging set claimed_at = now() - interval 1 hour where claim_token = ?", deadRun);
        Map<Long, Object> validatedBefore = validatedAt(batch);

        // when
        assertThat(new XxlJobAdmin(endpoint).trigger("validateSubmissions", 9103, 0, 1).isSuccess()).isTrue();
        awaitValidated(batch);

        // then: every row done; the rows finished before the crash kept their first validation
        assertThat(statusByRow(batch).values()).hasSize(30).doesNotContain("STAGED", "VALIDATING");
        validatedBefore.forEach((id, at) -> {
            if (at != null) {
                assertThat(validatedAt(batch).get(id)).isEqualTo(at);
            }
        });
        assertThat(jdbc.queryForObject("select count(*) - count(distinct staging_id, rule_code, field_code, message_key) "
                + "from validation_issue where batch_id = ?", Long.class, batch.id())).isZero();
    }

    private static String documentNo(String stamp, int i) {
        return "张市监许〔2026〕" + stamp + "-" + i + "号";
    }

    /** Stages rows whose document numbers are unique to this test run, so no earlier run's rows count as duplicates. */
    @Test
    void aValidatedPenaltyCarriesItsTierAndPublicityEndDates() throws Exception {
        // domain.md §3.2 / decision 5: 罚款 alone is 一般; decided after 2026-04-01: 3 months to 1 year
        long department = departments.findByCode("sthj").orElseThrow().id();
        Map<String, Object> fine = new java.util.LinkedHashMap<>(Workbooks.PENALTY_ROW);
        fine.put("行政处罚决定书文号", "张环罚〔2026〕" + System.nanoTime() + "号");
        fine.put("处罚决定日期", "2026/11/05");
        Map<String, Object> closure = new java.util.LinkedHashMap<>(fine);
        closure.put("行政处罚决定书文号", "张环罚〔2026〕" + System.nanoTime() + "号");
        closure.put("处罚类别", "罚款;责令关闭");
        byte[] file = Workbooks.xlsx(Workbooks.PENALTY_HEADERS, List.of(fine, closure));
        Batch batch = uploads.upload(RecordType.PENALTY, department,
                new ExcelUploadService.Upload("处罚公示期.xlsx", file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        new XxlJobAdmin(endpoint).trigger("validateSubmissions", 9104, 0, 1);
        String pending = "select count(*) from penalty_staging where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batch.id()) > 0) {
            Thread.sleep(50);
        }

        List<Map<String, Object>> rows = jdbc.queryForList("select publicity_tier, publicity_min_end, publicity_max_end "
                + "from penalty_staging where batch_id = ? order by source_row", batch.id());
        assertThat(rows.get(0)).containsEntry("publicity_tier", "GENERAL")
                .containsEntry("publicity_min_end", java.sql.Date.valueOf("2027-02-05"))
                .containsEntry("publicity_max_end", java.sql.Date.valueOf("2027-11-05"));
        assertThat(rows.get(1)).containsEntry("publicity_tier", "SERIOUS")
                .containsEntry("publicity_min_end", java.sql.Date.valueOf("2027-11-05"))
                .containsEntry("publicity_max_end", java.sql.Date.valueOf("2029-11-05"));
    }

    /** The receipt read back with EasyExcel: each failed row with its outcome and the rule's message. */
    private void assertReceiptListsTheFailedRows(Batch batch) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            receipts.write(batch, out);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        List<Map<Integer, String>> rows = com.alibaba.excel.EasyExcel.read(new ByteArrayInputStream(out.toByteArray()))
                .sheet(0).headRowNumber(1).doReadSync();
        Map<String, Map<Integer, String>> bySourceRow = new java.util.HashMap<>();
        rows.forEach(row -> bySourceRow.put(row.get(2), row));
        assertThat(bySourceRow).as("staged rows and the unreadable one").hasSize(60);
        assertThat(bySourceRow.get("32")).containsEntry(0, "无法读取");
        assertThat(bySourceRow.get("32").get(1)).contains("许可决定日期");
        assertThat(bySourceRow.get("6")).containsEntry(0, "未通过");
        assertThat(bySourceRow.get("6").get(1)).contains("[错误] 统一社会信用代码");
        assertThat(bySourceRow.get("11").get(1)).contains("许可决定日期");
        assertThat(bySourceRow.get("23").get(1)).contains("重复");
        assertThat(bySourceRow.get("7").get(0)).as("valid, or valid with the lateness warning").startsWith("通过");
    }

    private Batch stage(int rows, String tag, Workbooks.RowCustomizer customize) {
        long department = departments.findByCode("scjg").orElseThrow().id();
        byte[] file = Workbooks.xlsx(Workbooks.LICENSE_HEADERS, Workbooks.licenseRows(rows, (i, row) -> {
            row.put("行政许可决定文书号", documentNo(tag, i));
            row.put("统一社会信用代码", VALID_CODE);
            customize.apply(i, row);
        }));
        Batch batch = uploads.upload(RecordType.LICENSE, department,
                new ExcelUploadService.Upload(tag + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return batches.find(batch.id(), null);
    }

    private void awaitValidated(Batch batch) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String pending = "select count(*) from license_staging where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batch.id()) > 0) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(pending, Long.class, batch.id())).isZero();
    }

    private Map<Integer, String> statusByRow(Batch batch) {
        Map<Integer, String> result = new java.util.HashMap<>();
        jdbc.query("select source_row, status from license_staging where batch_id = ?",
                rs -> { result.put(rs.getInt(1), rs.getString(2)); }, batch.id());
        return result;
    }

    private Map<Long, Object> validatedAt(Batch batch) {
        Map<Long, Object> result = new java.util.HashMap<>();
        jdbc.query("select id, validated_at from license_staging where batch_id = ?",
                rs -> { result.put(rs.getLong(1), rs.getObject(2)); }, batch.id());
        return result;
    }

    private List<String> rulesOfRow(Batch batch, int sourceRow) {
        return jdbc.queryForList("select i.rule_code from validation_issue i join license_staging s on s.id = i.staging_id "
                + "where i.record_type = 'LICENSE' and s.batch_id = ? and s.source_row = ?", String.class,
                batch.id(), sourceRow);
    }
}
