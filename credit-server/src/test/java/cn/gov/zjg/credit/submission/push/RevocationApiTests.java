package cn.gov.zjg.credit.submission.push;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.Workbooks;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import cn.gov.zjg.credit.support.TestCodes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Revocation (撤销) and correction (变更) of published records by a department's system over the signed API. */
@CreditIntegrationTest
class RevocationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    CredentialService credentials;

    @Autowired
    DepartmentService departments;

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    PushClient sthj;
    PushClient scjg;

    @BeforeEach
    void departmentSystems() {
        var issued = credentials.issue(departments.findByCode("sthj").orElseThrow().id(), "test");
        sthj = new PushClient(port, issued.credential().accessKey(), issued.secret());
        var other = credentials.issue(departments.findByCode("scjg").orElseThrow().id(), "test");
        scjg = new PushClient(port, other.credential().accessKey(), other.secret());
    }

    @Test
    void aDepartmentsSystemRequestsTheRevocationOfItsOwnRecordByDocumentNumber() throws Exception {
        String documentNo = "张环罚〔2026〕接" + System.nanoTime() + "号";
        long id = publishPenalty(documentNo);

        PushClient.assertProblem(sthj.post("/api/v1/revocations", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "reason", ""))), 422, "reasonRequired");
        PushClient.assertProblem(scjg.post("/api/v1/revocations", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "reason", "不是本部门的记录"))), 404, "recordNotFound");
        PushClient.assertProblem(sthj.post("/api/v1/revocations", "{not json"), 422, "jsonMalformed");

        HttpResponse<String> accepted = sthj.post("/api/v1/revocations", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "reason", "复议决定撤销原处罚")));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(PushClient.json(accepted).get("recordId").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select concat(status, ':', reason, ':', requested_by) from publicity_revocation "
                + "where record_type = 'PENALTY' and record_id = ?", String.class, id))
                .startsWith("PENDING:复议决定撤销原处罚:api:");
        PushClient.assertProblem(sthj.post("/api/v1/revocations", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "reason", "again"))), 422, "alreadyPending");
        PushClient.assertProblem(sthj.post("/api/v1/revocations", "{}"), 422, "recordTypeInvalid");
        // a forged signature is refused like every push call
        var forged = sthj.call("/api/v1/revocations", "{}");
        forged.signature = "0".repeat(64);
        PushClient.assertProblem(forged.send(), 401, "signatureInvalid");
    }

    @Test
    void aCorrectionByApiIsStagedAgainstTheRecordAndUnreadableValuesAreRefusedPerField() throws Exception {
        String documentNo = "张环罚〔2026〕正" + System.nanoTime() + "号";
        long id = publishPenalty(documentNo);
        Map<String, Object> record = new LinkedHashMap<>(PushRecords.penalty());
        record.put("CF_WSH", documentNo);
        record.put("CF_NR", "罚款人民币3000元");

        Map<String, Object> bad = new LinkedHashMap<>(record);
        bad.put("CF_JDRQ", "昨天");
        HttpResponse<String> refused = sthj.post("/api/v1/corrections", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "record", bad)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("CF_JDRQ");

        HttpResponse<String> accepted = sthj.post("/api/v1/corrections", PushClient.JSON.writeValueAsString(Map.of(
                "recordType", "PENALTY", "wsh", documentNo, "record", record)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select nr from penalty_staging where corrects_id = ?", String.class, id))
                .isEqualTo("罚款人民币3000元");
    }

    private long publishPenalty(String documentNo) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>(Workbooks.PENALTY_ROW);
        row.put("统一社会信用代码", TestCodes.creditCode());
        row.put("行政处罚决定书文号", documentNo);
        Batch batch = pipeline.uploadAndValidate(RecordType.PENALTY, "sthj", List.of(row));
        jdbc.update("update penalty_staging set status = 'APPROVED', reviewed_by = 'reviewer' where batch_id = ? "
                + "and status in ('VALID', 'WARNED')", batch.id());
        pipeline.publish(batch);
        return pipeline.count("select published_id from penalty_staging where batch_id = ?", batch.id());
    }
}
