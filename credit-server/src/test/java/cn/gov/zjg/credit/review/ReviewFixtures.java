package cn.gov.zjg.credit.review;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import cn.gov.zjg.credit.department.DepartmentForm;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.XxlJobAdmin;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data through the real path: a workbook uploaded as a department would, read in the background, then validated
 * by {@code validateSubmissions} triggered as XXL-JOB does. Each row gets a unique document number.
 */
final class ReviewFixtures {

    static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    /** A resident ID number with a valid GB 11643 check digit (ValidRecords.ID_NUMBER). */
    static final String ID_NUMBER = "320582198506121233";
    static final String LEGAL_REP_ID = "32058219800101001X";
    /** One XXL-JOB thread for these tests' triggers, so runs queue rather than pile up. */
    private static final int JOB_ID = 9551;

    private final ExcelUploadService uploads;
    private final BatchService batches;
    private final DepartmentService departments;
    private final ExecutorEndpoint endpoint;
    private final JdbcTemplate jdbc;

    ReviewFixtures(org.springframework.context.ApplicationContext context) {
        this.uploads = context.getBean(ExcelUploadService.class);
        this.batches = context.getBean(BatchService.class);
        this.departments = context.getBean(DepartmentService.class);
        this.endpoint = context.getBean(ExecutorEndpoint.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    long department(String code) {
        return departments.findByCode(code).orElseThrow().id();
    }

    /** A department of its own, so auto-approval policies of a test touch nothing else. */
    long newDepartment() {
        String code = "rv" + Long.toString(System.nanoTime(), 36);
        departments.create(new DepartmentForm(code, "审核测试部门" + code, "审核测试" + code, "", 900, true), "test");
        return department(code);
    }

    /** A 行政许可 row for a legal person; {@code customize} may change it (values by header). */
    static Map<String, Object> license(String documentNo) {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.LICENSE_ROW);
        row.put("行政许可决定文书号", documentNo);
        row.put("法定代表人证件类型", "身份证");
        row.put("法定代表人证件号码", LEGAL_REP_ID);
        return row;
    }

    /** A 行政许可 row for a natural person (name and ID number, no credit code). */
    static Map<String, Object> licenseOfPerson(String documentNo, String name) {
        Map<String, Object> row = license(documentNo);
        row.put("行政相对人名称", name);
        row.put("行政相对人类别", "自然人");
        row.put("统一社会信用代码", "");
        row.put("法定代表人", "");
        row.put("法定代表人证件类型", "");
        row.put("法定代表人证件号码", "");
        row.put("证件类型", "身份证");
        row.put("证件号码", ID_NUMBER);
        return row;
    }

    /** A 行政处罚 row (a fine: tier 一般) for a legal person. */
    static Map<String, Object> penalty(String documentNo) {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.put("行政处罚决定书文号", documentNo);
        return row;
    }

    static Map<String, Object> penaltyOfPerson(String documentNo, String name) {
        Map<String, Object> row = penalty(documentNo);
        row.put("行政相对人名称", name);
        row.put("行政相对人类别", "自然人");
        row.put("统一社会信用代码", "");
        row.put("证件类型", "身份证");
        row.put("证件号码", ID_NUMBER);
        return row;
    }

    /** Uploads the rows for the department and validates them; returns the batch once every row has an outcome. */
    Batch stageAndValidate(RecordType type, long departmentId, List<Map<String, Object>> rows) throws Exception {
        List<String> headers = new ArrayList<>(type == RecordType.LICENSE ? Workbooks.LICENSE_HEADERS
                : Workbooks.PENALTY_HEADERS);
        for (Map<String, Object> row : rows) {
            row.keySet().stream().filter(h -> !headers.contains(h)).forEach(headers::add);
        }
        byte[] file = Workbooks.xlsx(headers, rows);
        String name = "review-" + System.nanoTime() + ".xlsx";
        Batch batch = uploads.upload(type, departmentId,
                new ExcelUploadService.Upload(name, file.length, new ByteArrayInputStream(file)), "test");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (batches.find(batch.id(), null).status() == BatchStatus.READING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String pending = "select count(*) from " + type.stagingTable()
                + " where batch_id = ? and status in ('STAGED', 'VALIDATING')";
        long nextTrigger = 0;
        while (System.nanoTime() < deadline && jdbc.queryForObject(pending, Long.class, batch.id()) > 0) {
            if (System.nanoTime() >= nextTrigger) { // again only if a run in progress missed the new rows
                new XxlJobAdmin(endpoint).trigger("validateSubmissions", JOB_ID, 0, 1);
                nextTrigger = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
            Thread.sleep(50);
        }
        return batches.find(batch.id(), null);
    }

    long rowId(Batch batch, int sourceRow) {
        return jdbc.queryForObject("select id from " + batch.recordType().stagingTable()
                + " where batch_id = ? and source_row = ?", Long.class, batch.id(), sourceRow);
    }

    String status(RecordType type, long id) {
        return jdbc.queryForObject("select status from " + type.stagingTable() + " where id = ?", String.class, id);
    }

    /** {@code count} rows made by {@code make(index, documentNo)}; document numbers unique to this call. */
    static List<Map<String, Object>> rows(int count, String prefix, BiConsumer<Integer, Map<String, Object>> change,
            java.util.function.Function<String, Map<String, Object>> make) {
        String stamp = Long.toString(System.nanoTime(), 36);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = make.apply(prefix + "〔2026〕" + stamp + "-" + i + "号");
            change.accept(i, row);
            rows.add(row);
        }
        return rows;
    }

    static String date(LocalDate day) {
        return day.format(SLASHED);
    }
}
