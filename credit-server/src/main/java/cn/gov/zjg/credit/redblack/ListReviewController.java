package cn.gov.zjg.credit.redblack;

import java.util.List;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue of red/black list entries (issue 7), beside the record review queue at {@code /console/review} and
 * with its permissions: reviewers approve or reject one entry or a selection, after a confirmation page that says how
 * many entries of which lists; a rejection needs a reason. Every decision is in the operation log and the entry's
 * history.
 */
@Controller
class ListReviewController {

    private static final String PAGE = "/console/review/lists";
    private static final int UNPROCESSABLE = 422;

    private final EntryService entries;
    private final ListTypeService types;
    private final DepartmentService departments;

    ListReviewController(EntryService entries, ListTypeService types, DepartmentService departments) {
        this.entries = entries;
        this.types = types;
        this.departments = departments;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REVIEW_RECORD_VIEW)
    String queue(@RequestParam(required = false) String kind, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long listTypeId, @RequestParam(defaultValue = "1") int page, Model model) {
        EntryQuery query = EntryQuery.pending(kind, departmentId, listTypeId);
        model.addAttribute("query", query);
        model.addAttribute("result", entries.findPage(query, null, PageQuery.of(page, 50)));
        model.addAttribute("types", types.findAll());
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        return "console/redblack/review-queue";
    }

    @GetMapping(PAGE + "/{id}")
    @RequiresPermissions(Permissions.REVIEW_RECORD_VIEW)
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("entry", entries.find(id, null));
        model.addAttribute("history", entries.history(id));
        model.addAttribute("departmentNames", departments.namesById());
        return "console/redblack/review-entry";
    }

    /** Step 1: what will be decided, for the reviewer to confirm. */
    @PostMapping(PAGE + "/confirm")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    String confirm(@RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flashError", "redblack.review.noneSelected");
            return "redirect:" + PAGE;
        }
        List<Entry> selected = entries.findAll(ids.stream().distinct().limit(EntryService.MAX_BATCH).toList())
                .stream().filter(e -> e.entryStatus() == EntryStatus.PENDING).toList();
        boolean approve = "APPROVE".equals(decision);
        if (!approve && (reason == null || reason.isBlank())) {
            response.setStatus(UNPROCESSABLE);
            model.addAttribute("flashError", "redblack.review.reasonRequired");
        }
        model.addAttribute("selected", selected);
        model.addAttribute("approve", approve);
        model.addAttribute("reason", reason);
        model.addAttribute("redCount", selected.stream().filter(e -> e.listKind() == ListKind.RED).count());
        model.addAttribute("blackCount", selected.stream().filter(e -> e.listKind() == ListKind.BLACK).count());
        return "console/redblack/review-confirm";
    }

    /** Step 2: the confirmed decision. */
    @PostMapping(PAGE + "/decide")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "redblack", action = "review")
    String decide(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String decision,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flashError", "redblack.review.noneSelected");
            return "redirect:" + PAGE;
        }
        String reviewer = CurrentUser.get().username();
        if ("APPROVE".equals(decision)) {
            int approved = entries.approve(ids, reviewer);
            redirect.addFlashAttribute("flash", "redblack.review.approved");
            redirect.addFlashAttribute("flashArgs", new Object[] {approved});
        } else {
            if (reason == null || reason.isBlank()) {
                redirect.addFlashAttribute("flashError", "redblack.review.reasonRequired");
                return "redirect:" + PAGE;
            }
            int rejected = entries.reject(ids, reviewer, reason);
            redirect.addFlashAttribute("flash", "redblack.review.rejected");
            redirect.addFlashAttribute("flashArgs", new Object[] {rejected});
        }
        return "redirect:" + PAGE;
    }
}
