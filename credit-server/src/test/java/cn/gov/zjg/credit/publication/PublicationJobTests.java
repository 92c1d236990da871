package cn.gov.zjg.credit.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.jobs.ExecutorEndpoint;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.TestCodes;
import cn.gov.zjg.credit.support.XxlJobAdmin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** publishApproved and publicityLifecycle triggered as XXL-JOB triggers them, on the real database. */
@CreditIntegrationTest
class PublicationJobTests {

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExecutorEndpoint endpoint;

    @Autowired
    PersonalDataProtection protection;

    @Test
    void twoShardsAtOncePublishEveryRowOnceAndCreateEachSubjectOnce() throws Exception {
        // given: 60 approved licenses of 6 companies, each company in 10 rows spread over both shards
        String stamp = String.valueOf(System.nanoTime());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(TestCodes.creditCode());
        }
        Batch batch = pipeline.uploadAndValidate(RecordType.LICENSE, "scjg", Workbooks.licenseRows(60, (i, row) -> {
            row.put("统一社会信用代码", codes.get(i % 6));
            row.put("行政相对人名称", "张家港市发布测试" + stamp + "-" + (i % 6) + "有限公司");
            row.put("行政许可决定文书号", "张市监许〔2026〕" + stamp + "-" + i + "号");
        }));
        approveAll(batch);

        // when: both shards at once, as SHARDING_BROADCAST on two nodes
        XxlJobAdmin admin = new XxlJobAdmin(endpoint);
        assertThat(admin.trigger("publishApproved", 8101, 0, 2).isSuccess()).isTrue();
        assertThat(admin.trigger("publishApproved", 8102, 1, 2).isSuccess()).isTrue();
        Pipeline.await(() -> pipeline.count("select count(*) from license_staging where batch_id = ? and status "
                + "in ('APPROVED', 'PUBLISHING')", batch.id()) == 0, "both shards done");

        // then
        assertThat(pipeline.count("select count(*) from publicity_license p join license_staging s "
                + "on p.origin_staging_id = s.id where s.batch_id = ?", batch.id())).isEqualTo(60);
        assertThat(pipeline.count("select count(*) from license_staging where batch_id = ? and status = 'PUBLISHED' "
                + "and published_id is not null", batch.id())).isEqualTo(60);
        for (String code : codes) {
            assertThat(pipeline.count("select count(*) from legal_subject where subject_key = ?", code))
                    .as("subject %s created once", code).isEqualTo(1);
            assertThat(pipeline.count("select count(*) from publicity_license p join legal_subject s "
                    + "on p.legal_subject_id = s.id where s.uscc = ? and p.status = 'PUBLIC'", code)).isEqualTo(10);
        }
        assertThat(pipeline.count("select count(*) from publicity_history h join publicity_license p "
                + "on h.record_type = 'LICENSE' and h.record_id = p.id join license_staging s "
                + "on p.origin_staging_id = s.id where s.batch_id = ? and h.action = 'PUBLISH' "
                + "and h.to_status = 'PUBLIC' and h.actor = 'reviewer'", batch.id())).isEqualTo(60);
    }

    @Test
    void aSubjectsNewNameReplacesTheOldOneWhichIsKeptAsHistory() throws Exception {
        String code = TestCodes.creditCode();
        String stamp = String.valueOf(System.nanoTime());
        publishLicense(code, "张家港市旧名" + stamp + "有限公司", "张市监许〔2026〕旧" + stamp + "号");
        publishLicense(code, "张家港市新名" + stamp + "有限公司", "张市监许〔2026〕新" + stamp + "号");

        assertThat(jdbc.queryForObject("select name from legal_subject where uscc = ?", String.class, code))
                .isEqualTo("张家港市新名" + stamp + "有限公司");
        assertThat(jdbc.queryForList("select h.name from legal_subject_name_history h join legal_subject s "
                + "on h.subject_id = s.id where s.uscc = ?", String.class, code))
                .containsExactly("张家港市旧名" + stamp + "有限公司");
    }

    @Test
    void aNaturalPersonIsFoundByKeyedHashAndStoredEncryptedWithTheNameMasked() throws Exception {
        // domain.md §6 / decision 8: ID number only encrypted, looked up by HMAC; masked name for display
        String id = TestCodes.idNumber();
        Map<String, Object> row = personPenalty(id, "王小明", "张环罚〔2026〕自" + System.nanoTime() + "号");
        Map<String, Object> second = new LinkedHashMap<>(row);
        second.put("行政处罚决定书文号", "张环罚〔2026〕自二" + System.nanoTime() + "号");
        Batch batch = pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(row, second));
        approveAll(batch);
        pipeline.publish(batch);

        Map<String, Object> person = jdbc.queryForMap("select id, id_enc, name_enc, name_masked from natural_person "
                + "where id_hash = ?", protection.hash(id));
        assertThat(person.get("name_masked")).isEqualTo("王**");
        assertThat(protection.decryptText((byte[]) person.get("id_enc"))).isEqualTo(id);
        assertThat(protection.decryptText((byte[]) person.get("name_enc"))).isEqualTo("王小明");
        List<Map<String, Object>> published = jdbc.queryForList("select p.* from publicity_penalty p "
                + "join penalty_staging s on p.origin_staging_id = s.id where s.batch_id = ?", batch.id());
        assertThat(published).hasSize(2).allSatisfy(p -> {
            assertThat(p.get("subject_kind")).isEqualTo("NATURAL");
            assertThat(p.get("natural_person_id")).isEqualTo(person.get("id"));
            assertThat(p.get("xdr_mc")).isEqualTo("王**");
            assertThat(p.values()).noneMatch(v -> v != null && (v.toString().contains(id)
                    || v.toString().contains("王小明")));
        });
    }

    @Test
    void theLifecycleStopsAPenaltyAfterItsMaximumEndAndInvalidatesAnExpiredLicense() throws Exception {
        // domain.md §3.2 / §3.4: 罚款 decided 2026-11-05 is 一般, published until 2027-11-05 at most
        String code = TestCodes.creditCode();
        Map<String, Object> fine = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        fine.put("统一社会信用代码", code);
        fine.put("行政处罚决定书文号", "张环罚〔2026〕期" + System.nanoTime() + "号");
        Batch penalties = pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(fine));
        approveAll(penalties);
        pipeline.publish(penalties);
        long penaltyId = pipeline.count("select published_id from penalty_staging where batch_id = ?", penalties.id());
        Batch licenses = pipeline.uploadAndValidate(RecordType.LICENSE, "scjg", Workbooks.licenseRows(1, (i, row) -> {
            row.put("统一社会信用代码", code);
            row.put("行政许可决定文书号", "张市监许〔2026〕期" + System.nanoTime() + "号");
            row.put("有效期至", "2027/06/30");
        }));
        approveAll(licenses);
        pipeline.publish(licenses);
        long licenseId = pipeline.count("select published_id from license_staging where batch_id = ?", licenses.id());

        // the day of the maximum end: still published; the license still valid on its last day
        assertThat(pipeline.run("publicityLifecycle", "date=2027-06-30")).isEqualTo("SUCCEEDED");
        assertThat(status("publicity_license", licenseId)).isEqualTo("PUBLIC");
        assertThat(pipeline.run("publicityLifecycle", "date=2027-11-05")).isEqualTo("SUCCEEDED");
        assertThat(status("publicity_penalty", penaltyId)).isEqualTo("PUBLIC");
        assertThat(status("publicity_license", licenseId)).isEqualTo("INVALID");

        assertThat(pipeline.run("publicityLifecycle", "date=2027-11-06")).isEqualTo("SUCCEEDED");
        assertThat(status("publicity_penalty", penaltyId)).isEqualTo("STOPPED");
        assertThat(jdbc.queryForList("select concat(action, ':', coalesce(from_status, '-'), '>', to_status, ':', "
                + "actor) from publicity_history where record_type = 'PENALTY' and record_id = ? order by id",
                String.class, penaltyId))
                .containsExactly("PUBLISH:->PUBLIC:reviewer", "STOP:PUBLIC>STOPPED:job:publicityLifecycle");
    }

    @Test
    void theSqlNameMaskIsTheSameAsTheJavaOne() {
        // domain.md decision 8: surname + one * per remaining character, in SQL (publication) and Java (pages)
        for (String name : List.of("张三", "欧阳娜娜", "李", "司马相如𠀀")) {
            String sql = jdbc.queryForObject("select " + PublishedColumns.MASKED_NAME_SQL.replace("st.xdr_mc", "?"),
                    String.class, name, name);
            assertThat(sql).as(name).isEqualTo(cn.gov.zjg.credit.shared.Masking.personName(name));
        }
    }

    private String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    private void publishLicense(String code, String name, String documentNo) throws Exception {
        Batch batch = pipeline.uploadAndValidate(RecordType.LICENSE, "scjg", Workbooks.licenseRows(1, (i, row) -> {
            row.put("统一社会信用代码", code);
            row.put("行政相对人名称", name);
            row.put("行政许可决定文书号", documentNo);
        }));
        approveAll(batch);
        pipeline.publish(batch);
    }

    static Map<String, Object> personPenalty(String id, String name, String documentNo) {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.put("行政相对人名称", name);
        row.put("行政相对人类别", "自然人");
        row.put("统一社会信用代码", "");
        row.put("证件类型", "身份证");
        row.put("证件号码", id);
        row.put("行政处罚决定书文号", documentNo);
        return row;
    }

    /** The reviewer's decision, as the review module records it (its own tests cover the review pages). */
    private void approveAll(Batch batch) {
        jdbc.update("update " + batch.recordType().stagingTable() + " set status = 'APPROVED', reviewed_by = "
                + "'reviewer', reviewed_at = now(3) where batch_id = ? and status in ('VALID', 'WARNED')", batch.id());
    }
}
