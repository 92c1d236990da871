package cn.gov.zjg.credit.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.CellError;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.gov.zjg.credit.submission.StagingQueue.StagedRecordView;
import cn.hutool.core.util.IdUtil;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The failed-row queue (疑问数据) of a department: rows that failed validation, each fixed online (and validated again
 * at once) or set aside with a reason. Nothing is dropped silently. Clerks see their own department's rows only.
 */
@Controller
class FailedRowsController {

    private static final String FORM = "console/validation/failed-row";

    private final StagingQueue queue;
    private final SubmissionValidation validation;
    private final IssueViews views;

    FailedRowsController(StagingQueue queue, SubmissionValidation validation, IssueViews views) {
        this.queue = queue;
        this.validation = validation;
        this.views = views;
    }

    @GetMapping("/console/validation/failed")
    @RequiresPermissions(Permissions.VALIDATION_ROW_FIX)
    String list(@RequestParam(defaultValue = "LICENSE") RecordType type, @RequestParam(required = false) Integer page,
            Model model) {
        var result = queue.findByStatus(type, "INVALID", CurrentUser.departmentScope(), PageQuery.of(page, 20));
        Map<Long, List<IssueViews.IssueView>> issues = new LinkedHashMap<>();
        result.rows().forEach(row -> issues.put(row.record().id(),
                views.of(validation.issuesOfRow(row.record()), type)));
        model.addAttribute("type", type);
        model.addAttribute("result", result);
        model.addAttribute("issues", issues);
        model.addAttribute("fieldNames", validation.fieldNames(type));
        return "console/validation/failed-list";
    }

    @GetMapping("/console/validation/failed/{type}/{id}")
    @RequiresPermissions(Permissions.VALIDATION_ROW_FIX)
    @AuditedOperation(module = "validation", action = "open-failed-row") // the form shows identifiers of persons
    String form(@PathVariable RecordType type, @PathVariable long id, Model model) {
        StagedRecordView row = queue.find(type, id, CurrentUser.departmentScope());
        return render(model, row, displayValues(row), List.of());
    }

    @PostMapping("/console/validation/failed/{type}/{id}")
    @RequiresPermissions(Permissions.VALIDATION_ROW_FIX)
    @AuditedOperation(module = "validation", action = "correct-row")
    String correct(@PathVariable RecordType type, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StagedRecordView row = queue.find(type, id, CurrentUser.departmentScope());
        Map<String, String> values = new LinkedHashMap<>();
        type.fields().forEach(f -> values.put(f.code(), form.getOrDefault(f.code(), "")));
        RowNormalizer.Result normalized = RowNormalizer.fromFieldCodes(type, row.record().sourceRow(), values);
        if (!normalized.accepted()) {
            response.setStatus(422);
            return render(model, row, values, normalized.errors());
        }
        String token = IdUtil.fastSimpleUUID();
        if (!queue.correct(row, normalized.row(), CurrentUser.get().username(), token)) {
            redirect.addFlashAttribute("flashError", "validation.failed.notFailedAnymore");
            return "redirect:/console/validation/failed?type=" + type;
        }
        String status = validation.revalidate(queue.find(type, id, null).record(), token);
        redirect.addFlashAttribute(status == null || "INVALID".equals(status) ? "flashError" : "flash",
                "INVALID".equals(status) ? "validation.failed.stillInvalid" : "validation.failed.corrected");
        return "INVALID".equals(status) ? "redirect:/console/validation/failed/" + type + "/" + id
                : "redirect:/console/validation/failed?type=" + type;
    }

    @PostMapping("/console/validation/failed/{type}/{id}/ignore")
    @RequiresPermissions(Permissions.VALIDATION_ROW_FIX)
    @AuditedOperation(module = "validation", action = "ignore-row")
    String ignore(@PathVariable RecordType type, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        StagedRecordView row = queue.find(type, id, CurrentUser.departmentScope());
        if (!StringUtils.hasText(reason) || reason.length() > 255) {
            redirect.addFlashAttribute("flashError", "validation.failed.reasonRequired");
            return "redirect:/console/validation/failed/" + type + "/" + id;
        }
        boolean ignored = queue.ignore(row, reason.trim(), CurrentUser.get().username());
        redirect.addFlashAttribute(ignored ? "flash" : "flashError",
                ignored ? "validation.failed.ignored" : "validation.failed.notFailedAnymore");
        return "redirect:/console/validation/failed?type=" + type;
    }

    private String render(Model model, StagedRecordView row, Map<String, String> values, List<CellError> parseErrors) {
        RecordType type = row.record().type();
        model.addAttribute("row", row);
        model.addAttribute("type", type);
        model.addAttribute("fields", type.fields());
        model.addAttribute("values", values);
        model.addAttribute("issues", views.of(validation.issuesOfRow(row.record()), type));
        model.addAttribute("fieldNames", validation.fieldNames(type));
        model.addAttribute("parseErrors", parseErrors);
        return FORM;
    }

    /** The stored values as the form shows them: dates as 2024/05/01, amounts plain. */
    private static Map<String, String> displayValues(StagedRecordView row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDef field : row.record().type().fields()) {
            Object value = row.record().values().get(field.code());
            values.put(field.code(), value == null ? ""
                    : value instanceof java.time.LocalDate date ? date.format(java.time.format.DateTimeFormatter
                            .ofPattern("yyyy/MM/dd"))
                    : value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString());
        }
        return values;
    }
}
