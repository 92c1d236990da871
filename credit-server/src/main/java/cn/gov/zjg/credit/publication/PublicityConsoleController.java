package cn.gov.zjg.credit.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.UserPrincipal;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import cn.hutool.json.JSONUtil;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published records in the console: lists (also "public on a day"), a record with its history and revocation
 * requests, and the department's revocation (撤销) and correction (变更) of its own records. Submitters see their
 * department's records only.
 */
@Controller
class PublicityConsoleController {

    private final PublishedRecords records;
    private final Corrections corrections;
    private final DepartmentService departments;

    PublicityConsoleController(PublishedRecords records, Corrections corrections, DepartmentService departments) {
        this.records = records;
        this.corrections = corrections;
        this.departments = departments;
    }

    @GetMapping("/console/publicity/{type}")
    @RequiresPermissions(Permissions.PUBLICITY_RECORD_VIEW)
    String list(@PathVariable RecordType type, @ModelAttribute("query") PublishedQuery query,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("result", records.findPage(type, query, CurrentUser.departmentScope(),
                PageQuery.of(page, 20)));
        model.addAttribute("departments", departments.namesById());
        return "console/publicity/list";
    }

    @GetMapping("/console/publicity/{type}/{id}")
    @RequiresPermissions(Permissions.PUBLICITY_RECORD_VIEW)
    String detail(@PathVariable RecordType type, @PathVariable long id, Model model) {
        Map<String, Object> record = records.find(type, id, CurrentUser.departmentScope());
        model.addAttribute("type", type);
        model.addAttribute("record", record);
        model.addAttribute("fields", displayFields(type, record));
        model.addAttribute("history", records.history(type, id));
        model.addAttribute("changes", changesOf(records.history(type, id), type));
        model.addAttribute("revocations", records.revocations(type, id));
        model.addAttribute("departments", departments.namesById());
        model.addAttribute("correctionPending", records.hasPendingCorrection(type, id));
        model.addAttribute("ownRecord", ownRecord(record));
        return "console/publicity/detail";
    }

    @PostMapping("/console/publicity/{type}/{id}/revoke")
    @RequiresPermissions(Permissions.PUBLICITY_RECORD_REVOKE)
    @AuditedOperation(module = "publicity", action = "request-revocation")
    String revoke(@PathVariable RecordType type, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        UserPrincipal user = CurrentUser.get();
        try {
            records.requestRevocation(type, id, reason, ownDepartment(type, id), user.username());
            redirect.addFlashAttribute("flash", "publicity.revoke.requested");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/console/publicity/" + type + "/" + id;
    }

    @GetMapping("/console/publicity/{type}/{id}/correct")
    @RequiresPermissions(Permissions.PUBLICITY_RECORD_REVOKE)
    @AuditedOperation(module = "publicity", action = "open-correction") // the form shows identifiers of persons
    String correctionForm(@PathVariable RecordType type, @PathVariable long id, Model model) {
        Map<String, Object> values = corrections.currentValues(type, id, ownDepartment(type, id));
        Map<String, String> display = new LinkedHashMap<>();
        type.fields().forEach(f -> display.put(f.code(), display(values.get(f.code()))));
        return correctionForm(model, type, id, display, List.of());
    }

    @PostMapping("/console/publicity/{type}/{id}/correct")
    @RequiresPermissions(Permissions.PUBLICITY_RECORD_REVOKE)
    @AuditedOperation(module = "publicity", action = "submit-correction")
    String correct(@PathVariable RecordType type, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        type.fields().forEach(f -> values.put(f.code(), form.getOrDefault(f.code(), "")));
        try {
            Corrections.Outcome outcome = corrections.submit(type, id, values, ownDepartment(type, id),
                    CurrentUser.get().username());
            if (!outcome.staged()) {
                response.setStatus(422);
                return correctionForm(model, type, id, values, outcome.normalized().errors());
            }
            redirect.addFlashAttribute("flash", "publicity.correct.submitted");
            redirect.addFlashAttribute("flashArgs", new Object[] {outcome.batch().batchNo()});
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/console/publicity/" + type + "/" + id;
    }

    private String correctionForm(Model model, RecordType type, long id, Map<String, String> values,
            List<?> parseErrors) {
        Map<String, String> names = new LinkedHashMap<>();
        type.fields().forEach(f -> names.put(f.code(), f.name()));
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("fields", type.fields());
        model.addAttribute("values", values);
        model.addAttribute("fieldNames", names);
        model.addAttribute("parseErrors", parseErrors);
        return "console/publicity/correct";
    }

    /** Revocation and correction are a department's own act: its clerk, or an administrator acting for it. */
    private long ownDepartment(RecordType type, long id) {
        Map<String, Object> record = records.find(type, id, CurrentUser.departmentScope());
        return ((Number) record.get("department_id")).longValue();
    }

    private static boolean ownRecord(Map<String, Object> record) {
        Long scope = CurrentUser.departmentScope();
        return scope == null || scope.equals(((Number) record.get("department_id")).longValue());
    }

    /** Chinese field name → stored value, in the catalogue's order, identifiers excluded (never shown here). */
    static Map<String, String> displayFields(RecordType type, Map<String, Object> record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldDef field : type.fields()) {
            if (record.containsKey(field.column())) {
                fields.put(field.name(), display(record.get(field.column())));
            }
        }
        return fields;
    }

    /** Each correction's differences with Chinese field names: history id → [field, from, to]. */
    private static Map<Long, List<List<String>>> changesOf(List<HistoryEntry> history, RecordType type) {
        Map<String, String> names = new LinkedHashMap<>();
        type.fields().forEach(f -> names.put(f.column(), f.name()));
        Map<Long, List<List<String>>> changes = new LinkedHashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.changesJson() != null) {
                changes.put(entry.id(), JSONUtil.parseArray(entry.changesJson()).stream()
                        .map(o -> (cn.hutool.json.JSONObject) o)
                        .map(o -> List.of(names.getOrDefault(o.getStr("field"), o.getStr("field")),
                                String.valueOf(o.getStr("from", "")), String.valueOf(o.getStr("to", ""))))
                        .toList());
            }
        }
        return changes;
    }

    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
