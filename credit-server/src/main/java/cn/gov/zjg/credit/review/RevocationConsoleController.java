package cn.gov.zjg.credit.review;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pending revocation requests (撤销) with their 3-day limit, approved or rejected by a reviewer. */
@Controller
class RevocationConsoleController {

    private final RevocationReview revocations;

    RevocationConsoleController(RevocationReview revocations) {
        this.revocations = revocations;
    }

    @GetMapping("/console/review/revocations")
    @RequiresPermissions(Permissions.REVIEW_RECORD_VIEW)
    String list(@RequestParam(required = false) Integer page, Model model) {
        var result = revocations.pending(PageQuery.of(page, 20));
        var states = new java.util.HashMap<Long, Deadline.State>();
        result.rows().forEach(row -> states.put(row.id(), revocations.state(row)));
        model.addAttribute("result", result);
        model.addAttribute("states", states);
        return "console/review/revocations";
    }

    @PostMapping("/console/review/revocations/{id}/approve")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "approve-revocation")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return decide(id, true, reason, redirect);
    }

    @PostMapping("/console/review/revocations/{id}/reject")
    @RequiresPermissions(Permissions.REVIEW_RECORD_DECIDE)
    @AuditedOperation(module = "review", action = "reject-revocation")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return decide(id, false, reason, redirect);
    }

    private String decide(long id, boolean approve, String reason, RedirectAttributes redirect) {
        try {
            boolean decided = revocations.decide(id, approve, CurrentUser.get().username(), reason);
            redirect.addFlashAttribute(decided ? "flash" : "flashError", !decided ? "review.decision.alreadyDecided"
                    : approve ? "review.revocation.approved" : "review.revocation.rejected");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/console/review/revocations";
    }
}
