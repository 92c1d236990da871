package cn.gov.zjg.credit.review;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.RecordType;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' queue (/console/review) and the review page of one record, with approve and reject. Decisions are
 * audited (operation log) besides their {@code review_decision} rows.
 */
@Controller
class ReviewConsoleController {

    private final ReviewService reviews;
    private final PolicyService policies;
    private final DepartmentService departments;

    ReviewConsoleController(ReviewService reviews, PolicyService policies, DepartmentService departments) {
        this.reviews = reviews;
        this.policies = policies;
        this.departments = departments;
    }

    @GetMapping("/console/review")
    @RequiresPermissions(Permissions.REVIEW_RECORD_VIEW)
    String queue(QueueQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", reviews.queue(query, PageQuery.of(page, 20)));
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("categories", policies.categories());
        model.addAttribute("tiers", java.util.List.of("LIGHT", "GENERAL", "SERIOUS"));
        return "console/review/queue";
    }

    @GetMapping("/console/review/{type}/{id}")
    @RequiresPermissions(Permissions.REVIEW_RECORD_VIEW)
    String page(@PathVariable RecordType type, @PathVariable long id, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("review", reviews.page(type, id));
        return "console/review/record";
    }

    @PostMapping("/console/review/{type}/{id}/approve")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "approve")
    String approve(@PathVariable RecordType type, @PathVariable long id, RedirectAttributes redirect) {
        int decided = reviews.approve(type, id, CurrentUser.get().username());
        redirect.addFlashAttribute(decided == 1 ? "flash" : "flashError",
                decided == 1 ? "review.decision.approved" : "review.decision.alreadyDecided");
        return "redirect:/console/review";
    }

    @PostMapping("/console/review/{type}/{id}/reject")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "reject")
    String reject(@PathVariable RecordType type, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            int decided = reviews.reject(type, id, CurrentUser.get().username(), reason);
            redirect.addFlashAttribute(decided == 1 ? "flash" : "flashError",
                    decided == 1 ? "review.decision.rejected" : "review.decision.alreadyDecided");
            return "redirect:/console/review";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:/console/review/" + type + "/" + id;
        }
    }

    /** The confirmation of a whole-batch decision: how many records, of which kind, how many natural persons. */
    @GetMapping("/console/review/batches/{batchId}")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    String confirmBatch(@PathVariable long batchId, @RequestParam(defaultValue = "approve") String decision,
            Model model) {
        model.addAttribute("summary", reviews.batch(batchId));
        model.addAttribute("decision", "reject".equals(decision) ? "reject" : "approve");
        return "console/review/batch-confirm";
    }

    @PostMapping("/console/review/batches/{batchId}/approve")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "approve-batch")
    String approveBatch(@PathVariable long batchId, RedirectAttributes redirect) {
        int decided = reviews.approveBatch(batchId, CurrentUser.get().username());
        redirect.addFlashAttribute(decided > 0 ? "flash" : "flashError",
                decided > 0 ? "review.batch.approved" : "review.batch.nothingPending");
        redirect.addFlashAttribute("flashArgs", new Object[] {decided});
        return "redirect:/console/review";
    }

    @PostMapping("/console/review/batches/{batchId}/reject")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "reject-batch")
    String rejectBatch(@PathVariable long batchId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            int decided = reviews.rejectBatch(batchId, CurrentUser.get().username(), reason);
            redirect.addFlashAttribute(decided > 0 ? "flash" : "flashError",
                    decided > 0 ? "review.batch.rejected" : "review.batch.nothingPending");
            redirect.addFlashAttribute("flashArgs", new Object[] {decided});
            return "redirect:/console/review";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:/console/review/batches/" + batchId + "?decision=reject";
        }
    }
}
