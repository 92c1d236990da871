package cn.gov.zjg.credit.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.gov.zjg.credit.review.ReviewService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.TestCodes;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published test data for the portal tests, made through the real path: upload (intake), validateSubmissions (as
 * XXL-JOB triggers it), the reviewer's whole-batch approval ({@link ReviewService#approveBatch}), publishApproved.
 */
final class PortalFixtures {

    private final Pipeline pipeline;
    private final JdbcTemplate jdbc;
    private final PortalRefresh refresh;
    private final ReviewService review;

    PortalFixtures(Pipeline pipeline, JdbcTemplate jdbc, PortalRefresh refresh, ReviewService review) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.refresh = refresh;
        this.review = review;
    }

    /** A published company: its code, name, subject id and the ids of its published licenses and penalties. */
    record Company(String code, String name, long subjectId, List<Long> licenseIds, List<Long> penaltyIds) {
    }

    /** A published natural person's penalty: the person's data as reported, and the record's id. */
    record Person(String idNumber, String name, long penaltyId) {
    }

    /** Three random CJK characters: a word no other test's subject name contains. */
    static String uniqueWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        }
        return word.toString();
    }

    /**
     * The penalties' decision date: 罚款 is 一般, public until a year later (2027-11-20), so the lifecycle runs of other
     * tests (day after 2027-11-05) leave these penalties public.
     */
    static final String PENALTY_DATE = "2026/11/20";

    /** Publishes {@code licenses} licenses (scjg) and {@code penalties} penalties (sthj) of one new company. */
    Company company(String name, int licenses, int penalties) throws Exception {
        return company(name, licenses, penalties, PENALTY_DATE);
    }

    /** As {@link #company(String, int, int)}, with the penalties decided on {@code penaltyDate} (yyyy/MM/dd). */
    Company company(String name, int licenses, int penalties, String penaltyDate) throws Exception {
        String code = TestCodes.creditCode();
        String stamp = String.valueOf(System.nanoTime());
        List<Long> licenseIds = new ArrayList<>();
        if (licenses > 0) {
            Batch batch = pipeline.uploadAndValidate(RecordType.LICENSE, "scjg", Workbooks.licenseRows(licenses,
                    (i, row) -> {
                        row.put("统一社会信用代码", code);
                        row.put("行政相对人名称", name);
                        row.put("法定代表人", "李四");
                        row.put("行政许可决定文书号", "张市监许〔2026〕门" + stamp + "-" + i + "号");
                    }));
            licenseIds.addAll(approveAndPublish(batch));
        }
        List<Long> penaltyIds = new ArrayList<>();
        if (penalties > 0) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < penalties; i++) {
                Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
                row.put("统一社会信用代码", code);
                row.put("行政相对人名称", name);
                row.put("行政处罚决定书文号", "张环罚〔2026〕门" + stamp + "-" + i + "号");
                row.put("处罚决定日期", penaltyDate);
                rows.add(row);
            }
            penaltyIds.addAll(approveAndPublish(pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", rows)));
        }
        long subjectId = jdbc.queryForObject("select id from legal_subject where uscc = ?", Long.class, code);
        return new Company(code, name, subjectId, licenseIds, penaltyIds);
    }

    /** Publishes one penalty of a natural person (自然人, 身份证). */
    Person person(String name) throws Exception {
        String id = TestCodes.idNumber();
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.put("行政相对人名称", name);
        row.put("行政相对人类别", "自然人");
        row.put("统一社会信用代码", "");
        row.put("证件类型", "身份证");
        row.put("证件号码", id);
        row.put("行政处罚决定书文号", "张环罚〔2026〕人" + System.nanoTime() + "号");
        row.put("处罚决定日期", PENALTY_DATE);
        List<Long> ids = approveAndPublish(pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(row)));
        return new Person(id, name, ids.get(0));
    }

    /**
     * The staging rows are PUBLISHED at the commit; the portal's listener runs right after, in the job's thread, and
     * hands the name index to its indexing thread. Done when the run has finished and that thread is idle.
     */
    static void awaitPublicationListeners(Pipeline pipeline, PortalRefresh refresh) {
        Pipeline.await(() -> pipeline.count("select count(*) from job_run where job_name = 'publishApproved' "
                + "and status = 'RUNNING'") == 0, "publishApproved runs finished");
        Pipeline.await(refresh::idle, "portal name index updated");
    }

    private List<Long> approveAndPublish(Batch batch) {
        String table = batch.recordType().stagingTable();
        int approved = review.approveBatch(batch.id(), "reviewer"); // the reviewer's whole-batch decision
        if (approved == 0) {
            throw new IllegalStateException("no valid row in batch " + batch.id() + ": "
                    + jdbc.queryForList("select rule_code from validation_issue where batch_id = ?", String.class,
                    batch.id()));
        }
        pipeline.publish(batch);
        awaitPublicationListeners(pipeline, refresh);
        return jdbc.queryForList("select published_id from " + table + " where batch_id = ? and published_id is not "
                + "null order by id", Long.class, batch.id());
    }
}
