package cn.gov.zjg.credit.support;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.Workbooks;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real path from a department's file to published records, for tests: upload (intake), the validateSubmissions
 * job, and the publishApproved job, each triggered as XXL-JOB triggers it, waiting by polling the database.
 */
public class Pipeline {

    private static final AtomicInteger JOB_IDS = new AtomicInteger(7000);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ExcelUploadService uploads;
    private final BatchService batches;
    private final DepartmentService departments;
    private final JdbcTemplate jdbc;
    private final XxlJobAdmin admin;

    public Pipeline(ExcelUploadService uploads, BatchService batches, DepartmentService departments, JdbcTemplate jdbc,
            ExecutorEndpoint endpoint) {
        this.uploads = uploads;
        this.batches = batches;
        this.departments = departments;
        this.jdbc = jdbc;
        this.admin = new XxlJobAdmin(endpoint);
    }

    /** Uploads {@code rows} (values by template header) for the department with {@code departmentCode}, staged. */
    public Batch upload(RecordType type, String departmentCode, List<Map<String, Object>> rows) throws Exception {
        long department = departments.findByCode(departmentCode).orElseThrow().id();
        byte[] file = Workbooks.xlsx(type == RecordType.LICENSE ? Workbooks.LICENSE_HEADERS : headersOf(rows),
                rows);
        Batch batch = uploads.upload(type, department, new ExcelUploadService.Upload(
                "pipeline-" + System.nanoTime() + ".xlsx", file.length, new ByteArrayInputStream(file)), "test");
        await(() -> batches.find(batch.id(), null).status() != BatchStatus.READING, "batch " + batch.id() + " read");
        return batches.find(batch.id(), null);
    }

    /** Uploads and validates: every row of the batch VALID, WARNED or INVALID afterwards. */
    public Batch uploadAndValidate(RecordType type, String departmentCode, List<Map<String, Object>> rows)
            throws Exception {
        Batch batch = upload(type, departmentCode, rows);
        validate(batch);
        return batch;
    }

    public Batch batch(long id) {
        return batches.find(id, null);
    }

    public void validate(Batch batch) {
        trigger("validateSubmissions", null);
        String table = batch.recordType().stagingTable();
        await(() -> count("select count(*) from " + table + " where batch_id = ? and status in ('STAGED', "
                + "'VALIDATING')", batch.id()) == 0, "batch " + batch.id() + " validated");
    }

    /** Triggers publishApproved (one shard) and waits until no row of the batch is APPROVED or PUBLISHING. */
    public void publish(Batch batch) {
        trigger("publishApproved", null);
        String table = batch.recordType().stagingTable();
        await(() -> count("select count(*) from " + table + " where batch_id = ? and status in ('APPROVED', "
                + "'PUBLISHING')", batch.id()) == 0, "batch " + batch.id() + " published");
    }

    /** Triggers {@code handler} as shard 0 of 1 with an executor parameter (may be null); does not wait. */
    public void trigger(String handler, String param) {
        if (!admin.trigger(handler, JOB_IDS.incrementAndGet(), 0, 1, param).isSuccess()) {
            throw new IllegalStateException(handler + " was not accepted by the executor");
        }
    }

    /** Triggers {@code handler} and waits for its run to finish (job_run), returning its status. */
    public String run(String handler, String param) {
        long before = count("select coalesce(max(id), 0) from job_run where job_name = ?", handler);
        trigger(handler, param);
        await(() -> count("select count(*) from job_run where job_name = ? and id > ? and status <> 'RUNNING'",
                handler, before) > 0, handler + " finished");
        return jdbc.queryForObject("select status from job_run where job_name = ? and id > ? order by id limit 1",
                String.class, handler, before);
    }

    public long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    public static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static List<String> headersOf(List<Map<String, Object>> rows) {
        java.util.LinkedHashSet<String> headers = new java.util.LinkedHashSet<>(Workbooks.PENALTY_HEADERS);
        rows.forEach(row -> headers.addAll(row.keySet()));
        return List.copyOf(headers);
    }
}
