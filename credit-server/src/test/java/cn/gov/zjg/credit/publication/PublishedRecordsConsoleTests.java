package cn.gov.zjg.credit.publication;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.review.RevocationDecided;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.TestCodes;
import cn.gov.zjg.credit.support.WebClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Published records in the console: department scope, revocation (撤销), correction (变更) and the history. */
@CreditIntegrationTest
class PublishedRecordsConsoleTests {

    @LocalServerPort
    int port;

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aClerkSeesTheOwnDepartmentsRecordsOnlyAndTheirHistory() throws Exception {
        long id = publishPenalty(TestCodes.creditCode(), "张环罚〔2026〕范" + System.nanoTime() + "号");
        WebClient sthj = login("clerk-sthj");
        HttpResponse<String> page = sthj.get("/console/publicity/PENALTY/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("公示中", "变更历史", "发布", "申请撤销");
        assertThat(sthj.get("/console/publicity/PENALTY?status=PUBLIC").body()).contains("/console/publicity/PENALTY/" + id);

        WebClient scjg = login("clerk-scjg");
        assertThat(scjg.get("/console/publicity/PENALTY/" + id).statusCode()).isEqualTo(404);
        assertThat(scjg.get("/console/publicity/PENALTY").body()).doesNotContain("/console/publicity/PENALTY/" + id + "\"");
    }

    @Test
    void aRevocationNeedsAReasonAndOnApprovalTheRecordLeavesPublicViewWithItsHistory() throws Exception {
        long id = publishPenalty(TestCodes.creditCode(), "张环罚〔2026〕撤" + System.nanoTime() + "号");
        WebClient clerk = login("clerk-sthj");
        clerk.get("/console/publicity/PENALTY/" + id);

        clerk.post("/console/publicity/PENALTY/" + id + "/revoke", Map.of("reason", "  "));
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("请填写撤销原因");
        clerk.post("/console/publicity/PENALTY/" + id + "/revoke", Map.of("reason", "行政处罚决定已被复议机关撤销"));
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("撤销申请已提交", "待审核");
        clerk.post("/console/publicity/PENALTY/" + id + "/revoke", Map.of("reason", "再次申请"));
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("已有待审核的撤销申请");
        Map<String, Object> request = jdbc.queryForMap("select id, due_at, requested_at from publicity_revocation "
                + "where record_type = 'PENALTY' and record_id = ?", id);
        assertThat((java.time.LocalDateTime) request.get("due_at"))
                .isEqualTo(((java.time.LocalDateTime) request.get("requested_at")).plusDays(3));

        // the reviewer's approval, as the review module announces it inside its transaction
        long revocationId = ((Number) request.get("id")).longValue();
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new RevocationDecided(revocationId, true, "reviewer", null)));

        assertThat(jdbc.queryForObject("select status from publicity_penalty where id = ?", String.class, id))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForList("select concat(action, ':', from_status, '>', to_status, ':', actor, ':', reason) "
                + "from publicity_history where record_type = 'PENALTY' and record_id = ? and action = 'REVOKE'",
                String.class, id)).containsExactly("REVOKE:PUBLIC>REVOKED:reviewer:行政处罚决定已被复议机关撤销");
        // decided twice (a retried delivery): no second history row
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new RevocationDecided(revocationId, true, "reviewer", null)));
        assertThat(pipeline.count("select count(*) from publicity_history where record_type = 'PENALTY' and "
                + "record_id = ? and action = 'REVOKE'", id)).isEqualTo(1);
        // what was public today: not any more; the detail page says revoked
        assertThat(clerk.get("/console/publicity/PENALTY?publicOn=" + LocalDate.now() + "&keyword="
                + jdbc.queryForObject("select wsh from publicity_penalty where id = ?", String.class, id)).body())
                .doesNotContain("/console/publicity/PENALTY/" + id + "\"");
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("已撤销");
    }

    @Test
    void aCorrectionIsValidatedReviewedAndReplacesTheValuesKeepingTheDifferences() throws Exception {
        String documentNo = "张环罚〔2026〕变" + System.nanoTime() + "号";
        long id = publishPenalty(TestCodes.creditCode(), documentNo);
        WebClient clerk = login("clerk-sthj");
        HttpResponse<String> form = clerk.get("/console/publicity/PENALTY/" + id + "/correct");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(documentNo);

        Map<String, String> values = new LinkedHashMap<>();
        for (var field : RecordType.PENALTY.fields()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + field.code()
                    + "\" value=\"([^\"]*)\"").matcher(form.body());
            values.put(field.code(), m.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)) : "");
        }
        values.put("CF_NR", "罚款人民币8000元");
        values.put("CF_NR_FK", "0.8");
        HttpResponse<String> submitted = clerk.post("/console/publicity/PENALTY/" + id + "/correct", values);
        assertThat(submitted.statusCode()).isEqualTo(302);
        long batchId = pipeline.count("select batch_id from penalty_staging where corrects_id = ?", id);
        Batch batch = pipeline.batch(batchId);
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("已有变更正在校验或审核中");

        pipeline.validate(batch);
        assertThat(jdbc.queryForObject("select status from penalty_staging where batch_id = ?", String.class, batchId))
                .as("a correction is not a duplicate of its own record").isIn("VALID", "WARNED");
        jdbc.update("update penalty_staging set status = 'APPROVED', reviewed_by = 'reviewer' where batch_id = ?",
                batchId);
        pipeline.publish(batch);

        Map<String, Object> record = jdbc.queryForMap("select nr, nr_fk, version, status from publicity_penalty "
                + "where id = ?", id);
        assertThat(record.get("nr")).isEqualTo("罚款人民币8000元");
        assertThat(record.get("version")).isEqualTo(2);
        assertThat(record.get("status")).isEqualTo("PUBLIC");
        String changes = jdbc.queryForObject("select changes_json from publicity_history where record_type = 'PENALTY' "
                + "and record_id = ? and action = 'CORRECT'", String.class, id);
        assertThat(changes).contains("\"field\":\"nr\"", "罚款人民币5000元", "罚款人民币8000元", "\"field\":\"nr_fk\"")
                .doesNotContain("xdr_mc");
        assertThat(clerk.get("/console/publicity/PENALTY/" + id).body()).contains("变更", "处罚内容：罚款人民币5000元 → 罚款人民币8000元");
    }

    @Test
    void aNaturalPersonIsMaskedAndUnmaskingTakesAPurposeAndIsLoggedForTheAuditor() throws Exception {
        String idNumber = TestCodes.idNumber();
        Batch batch = pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(PublicationJobTests.personPenalty(
                idNumber, "李四光", "张环罚〔2026〕人" + System.nanoTime() + "号")));
        approve(batch);
        pipeline.publish(batch);
        long person = pipeline.count("select natural_person_id from publicity_penalty p join penalty_staging s "
                + "on p.origin_staging_id = s.id where s.batch_id = ?", batch.id());
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);

        WebClient reviewer = login("reviewer");
        HttpResponse<String> page = reviewer.get("/console/subjects/natural/" + person);
        assertThat(page.body()).contains("李**", masked).doesNotContain(idNumber, "李四光");
        assertThat(reviewer.get("/console/subjects/natural?idNumber=" + idNumber).body()).contains("李**")
                .doesNotContain(idNumber);

        HttpResponse<String> refused = reviewer.post("/console/subjects/natural/" + person + "/unmask",
                Map.of("purpose", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("请填写查看目的").doesNotContain(idNumber);
        HttpResponse<String> unmasked = reviewer.post("/console/subjects/natural/" + person + "/unmask",
                Map.of("purpose", "核查异议申请"));
        assertThat(unmasked.body()).contains(idNumber, "李四光", "已记入");
        assertThat(unmasked.headers().firstValue("Cache-Control")).hasValue("no-store");

        WebClient auditor = login("auditor");
        assertThat(auditor.get("/console/audit/personal-data?username=reviewer").body())
                .contains("核查异议申请", "李**").doesNotContain(idNumber, "李四光");
        assertThat(login("clerk-sthj").get("/console/subjects/natural/" + person).statusCode()).isEqualTo(403);
        assertThat(auditor.post("/console/subjects/natural/" + person + "/unmask", Map.of("purpose", "好奇"))
                .statusCode()).isEqualTo(403);
    }

    private WebClient login(String user) {
        WebClient client = new WebClient(port);
        client.login(user, "Demo@2026");
        return client;
    }

    private long publishPenalty(String code, String documentNo) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.put("统一社会信用代码", code);
        row.put("行政相对人名称", "张家港市控制台测试" + System.nanoTime() + "有限公司");
        row.put("行政处罚决定书文号", documentNo);
        Batch batch = pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(row));
        approve(batch);
        pipeline.publish(batch);
        return pipeline.count("select published_id from penalty_staging where batch_id = ?", batch.id());
    }

    private void approve(Batch batch) {
        jdbc.update("update " + batch.recordType().stagingTable() + " set status = 'APPROVED', reviewed_by = "
                + "'reviewer', reviewed_at = now(3) where batch_id = ? and status in ('VALID', 'WARNED')", batch.id());
    }
}
