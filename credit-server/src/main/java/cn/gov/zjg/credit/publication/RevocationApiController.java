package cn.gov.zjg.credit.publication;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.RequestIdFilter;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.push.SignedApi;
import cn.gov.zjg.credit.submission.push.SignedRequests;
import cn.hutool.json.JSONException;
import cn.hutool.json.JSONObject;
import cn.hutool.json.JSONUtil;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments' systems revoke (撤销) or correct (变更) their published records through the signed push API
 * (docs/push-api.md). The record is named by type and 文书号 within the calling department; the same review and
 * publication path as the console follows.
 */
@RestController
@SignedApi
@Tag(name = "push", description = "部门系统推送行政许可、行政处罚信息（签名见 docs/push-api.md）")
class RevocationApiController {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SignedRequests signed;
    private final PublishedRecords records;
    private final Corrections corrections;
    private final MessageSource messages;

    RevocationApiController(SignedRequests signed, PublishedRecords records, Corrections corrections,
            MessageSource messages) {
        this.signed = signed;
        this.records = records;
        this.corrections = corrections;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/revocations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "requestRevocation", summary = "申请撤销已公示的记录",
            description = "请求体：{\"recordType\": \"PENALTY\" 或 \"LICENSE\", \"wsh\": 文书号, \"reason\": 撤销原因}。"
                    + "审核通过后撤下公示（法定时限 3 日）。")
    ResponseEntity<?> revoke(HttpServletRequest request) {
        SignedRequests.Verified call = signed.verify(request);
        return handle(request, () -> {
            JSONObject body = parse(call.body());
            RecordType type = type(body);
            long id = records.idByDocumentNo(type, call.departmentId(), body.getStr("wsh"));
            long revocation = records.requestRevocation(type, id, body.getStr("reason"), call.departmentId(),
                    call.createdBy());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("revocationId", revocation);
            answer.put("recordId", id);
            answer.put("status", "PENDING");
            return answer;
        });
    }

    @PostMapping(path = "/api/v1/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "submitCorrection", summary = "变更已公示的记录",
            description = "请求体：{\"recordType\": ..., \"wsh\": 原文书号, \"record\": {按数据标准 2.0 字段代码给出变更后的完整记录}}。"
                    + "变更经校验和审核后替换公示内容。")
    ResponseEntity<?> correct(HttpServletRequest request) {
        SignedRequests.Verified call = signed.verify(request);
        return handle(request, () -> {
            JSONObject body = parse(call.body());
            RecordType type = type(body);
            long id = records.idByDocumentNo(type, call.departmentId(), body.getStr("wsh"));
            JSONObject record = body.getJSONObject("record");
            if (record == null) {
                throw new BusinessRuleException("publicity.api.recordMissing");
            }
            Map<String, String> values = new LinkedHashMap<>();
            type.fields().forEach(f -> values.put(f.code(), record.getStr(f.code(), "")));
            Corrections.Outcome outcome = corrections.submit(type, id, values, call.departmentId(),
                    call.createdBy());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("recordId", id);
            if (!outcome.staged()) {
                answer.put("status", "REJECTED");
                answer.put("errors", outcome.normalized().errors().stream().map(e -> Map.of("field",
                        String.valueOf(e.fieldCode()), "code", e.errorCode())).toList());
                return answer;
            }
            answer.put("status", "ACCEPTED");
            answer.put("batchNo", outcome.batch().batchNo());
            return answer;
        });
    }

    private ResponseEntity<?> handle(HttpServletRequest request, java.util.function.Supplier<Map<String, Object>> work) {
        try {
            Map<String, Object> answer = work.get();
            HttpStatus status = "REJECTED".equals(answer.get("status")) ? HttpStatus.UNPROCESSABLE_CONTENT
                    : HttpStatus.ACCEPTED;
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
        } catch (NotFoundException e) {
            return problem(request, HttpStatus.NOT_FOUND, "recordNotFound", "publicity.api.recordNotFound");
        } catch (BusinessRuleException e) {
            return problem(request, HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey().substring(
                    e.messageKey().lastIndexOf('.') + 1), e.messageKey(), e.args());
        }
    }

    private static JSONObject parse(byte[] body) {
        try {
            return JSONUtil.parseObj(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (JSONException e) {
            throw new BusinessRuleException("publicity.api.jsonMalformed");
        }
    }

    private static RecordType type(JSONObject body) {
        String type = body.getStr("recordType");
        if (!"LICENSE".equals(type) && !"PENALTY".equals(type)) {
            throw new BusinessRuleException("publicity.api.recordTypeInvalid");
        }
        return RecordType.valueOf(type);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String code,
            String messageKey, Object... args) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("urn:credit-zjg:publicity:" + code));
        detail.setTitle(messages.getMessage(messageKey, args, LOCALE));
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("code", code);
        detail.setProperty(RequestIdFilter.ATTRIBUTE, RequestIdFilter.of(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
