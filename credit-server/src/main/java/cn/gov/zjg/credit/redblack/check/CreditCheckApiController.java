package cn.gov.zjg.credit.redblack.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.redblack.ApiRequests;
import cn.gov.zjg.credit.redblack.RedBlackProperties;
import cn.gov.zjg.credit.submission.push.SignedApi;
import cn.gov.zjg.credit.submission.push.SignedRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/credit-checks}: a department's approval system checks subjects before granting a license or a
 * subsidy (联合奖惩). Signed like the push API; body {@code {"codes": ["91320582...", ...], "purpose": "..."}}, up to
 * {@code credit.redblack.max-check-codes} codes. See docs/push-api.md.
 */
@RestController
@SignedApi
@Tag(name = "credit-check", description = "信用核查（联合奖惩），签名见 docs/push-api.md")
class CreditCheckApiController {

    private final SignedRequests signed;
    private final CreditCheckService checks;
    private final RedBlackProperties props;

    CreditCheckApiController(SignedRequests signed, CreditCheckService checks, RedBlackProperties props) {
        this.signed = signed;
        this.checks = checks;
        this.props = props;
    }

    @PostMapping("/api/v1/credit-checks")
    @Operation(operationId = "creditCheck", summary = "信用核查",
            description = "按统一社会信用代码或居民身份证号核查：红黑名单条目、公示中的严重失信行政处罚和适用的奖惩措施。")
    ResponseEntity<Map<String, Object>> check(HttpServletRequest request) {
        SignedRequests.Verified call = signed.verify(request);
        JsonNode root = ApiRequests.read(call.body(), "codes", props.maxCheckCodes());
        JsonNode list = root.get("codes");
        List<String> codes = new ArrayList<>(list.size());
        list.forEach(node -> codes.add(node.isValueNode() && !node.isNull() ? node.asString() : ""));
        JsonNode purpose = root.get("purpose");
        // 1 to max codes (checked by ApiRequests): the service refuses nothing else.
        List<CheckResult> results = checks.check(codes, new CreditCheckService.Checker("API", call.departmentId(),
                call.createdBy(), purpose == null || purpose.isNull() ? null : purpose.asString()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checked", results.size());
        body.put("flagged", results.stream().filter(CheckResult::flagged).count());
        List<Map<String, Object>> items = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            items.add(toJson(i, results.get(i)));
        }
        body.put("results", items);
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> toJson(int index, CheckResult r) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("index", index);
        item.put("code", r.displayCode()); // an ID number only masked; match by index
        item.put("valid", r.valid());
        item.put("conclusion", r.conclusion());
        item.put("subjectName", r.subjectName());
        item.put("redList", r.redEntries().stream().map(CreditCheckApiController::entry).toList());
        item.put("blackList", r.blackEntries().stream().map(CreditCheckApiController::entry).toList());
        item.put("seriousPenalties", r.penalties().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("documentNo", p.documentNo());
            m.put("authority", p.authority());
            m.put("category", p.category());
            m.put("decidedOn", String.valueOf(p.decidedOn()));
            m.put("publicityUntil", p.publicityMaxEnd() == null ? null : p.publicityMaxEnd().toString());
            return m;
        }).toList());
        item.put("measures", r.measures());
        return item;
    }

    private static Map<String, Object> entry(EntryHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("listType", h.typeName());
        m.put("subtype", h.subtypeName());
        m.put("documentNo", h.documentNo());
        m.put("decidingDepartment", h.decidingDept());
        m.put("listedOn", h.listedOn().toString());
        m.put("validUntil", h.validUntil() == null ? null : h.validUntil().toString());
        return m;
    }
}
