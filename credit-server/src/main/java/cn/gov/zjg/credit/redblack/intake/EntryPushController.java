package cn.gov.zjg.credit.redblack.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.redblack.EntryDraft;
import cn.gov.zjg.credit.redblack.EntryField;
import cn.gov.zjg.credit.redblack.EntryProblem;
import cn.gov.zjg.credit.redblack.EntryService;
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
 * {@code POST /api/v1/redblack-entries}: a department's system proposes entries, signed like the push API
 * (docs/push-api.md). Body {@code {"entries": [{field code: value}, ...]}}; each entry is answered on its own:
 * accepted with its id (PENDING, waiting for review) or refused with field and reason. A retried call is safe: an entry
 * already proposed is refused as a duplicate.
 */
@RestController
@SignedApi
@Tag(name = "redblack", description = "部门系统推送红黑名单条目（签名见 docs/push-api.md）")
class EntryPushController {

    private final SignedRequests signed;
    private final EntryIntakeService intake;
    private final DepartmentService departments;
    private final RedBlackProperties props;

    EntryPushController(SignedRequests signed, EntryIntakeService intake, DepartmentService departments,
            RedBlackProperties props) {
        this.signed = signed;
        this.intake = intake;
        this.departments = departments;
        this.props = props;
    }

    @PostMapping("/api/v1/redblack-entries")
    @Operation(operationId = "pushRedBlackEntries", summary = "推送红黑名单条目",
            description = "一次最多 credit.redblack.max-push-entries 条（默认 1000）；逐条答复：已接收（附编号，待审核）或已拒绝（附字段和原因）。")
    ResponseEntity<Map<String, Object>> push(HttpServletRequest request) {
        SignedRequests.Verified call = signed.verify(request);
        JsonNode root = ApiRequests.read(call.body(), "entries", props.maxPushEntries());
        JsonNode list = root.get("entries");
        Map<String, EntryField> byCode = EntryField.byCode();
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<EntryField, String> values = new EnumMap<>(EntryField.class);
            JsonNode node = list.get(i);
            if (node.isObject()) {
                for (var property : node.properties()) {
                    EntryField field = byCode.get(property.getKey());
                    JsonNode value = property.getValue();
                    if (field != null && value != null && value.isValueNode() && !value.isNull()) {
                        values.put(field, value.asString());
                    }
                }
            }
            drafts.add(new EntryDraft(i, values));
        }
        String departmentName = departments.findById(call.departmentId(), null).name();
        EntryIntakeService.Outcome outcome = intake.intake(drafts,
                new EntryService.Proposal(call.departmentId(), "API", null, call.createdBy()), departmentName);
        return ResponseEntity.ok(answer(drafts.size(), outcome));
    }

    private Map<String, Object> answer(int count, EntryIntakeService.Outcome outcome) {
        List<Map<String, Object>> results = new ArrayList<>();
        Map<Integer, List<EntryProblem>> byIndex = new LinkedHashMap<>();
        outcome.refusals().forEach(p -> byIndex.computeIfAbsent(p.sourceRow(), i -> new ArrayList<>()).add(p));
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            List<EntryProblem> problems = byIndex.get(i);
            if (problems == null) {
                result.put("status", "ACCEPTED");
                result.put("id", outcome.acceptedIds().get(accepted++));
            } else {
                result.put("status", "REFUSED");
                result.put("errors", problems.stream().map(p -> Map.of("field", p.field().code(),
                        "column", p.field().header(), "message", intake.message(p))).toList());
            }
            results.add(result);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", accepted);
        body.put("refused", count - accepted);
        body.put("results", results);
        return body;
    }
}
