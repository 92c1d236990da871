package cn.gov.zjg.credit.review;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.submission.RecordType;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's auto-approval policies (/console/review/policies). Every change is audited. */
@Controller
class PolicyConsoleController {

    private static final String LIST = "redirect:/console/review/policies";

    private final PolicyService policies;
    private final DepartmentService departments;

    PolicyConsoleController(PolicyService policies, DepartmentService departments) {
        this.policies = policies;
        this.departments = departments;
    }

    @GetMapping("/console/review/policies")
    @RequiresPermissions(Permissions.REVIEW_POLICY_EDIT)
    String list(Model model) {
        model.addAttribute("policies", policies.findAll());
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("categories", policies.categories());
        return "console/review/policies";
    }

    @PostMapping("/console/review/policies")
    @RequiresPermissions(Permissions.REVIEW_POLICY_EDIT)
    @AuditedOperation(module = "review", action = "add-policy")
    String add(@RequestParam(required = false) Long departmentId, @RequestParam(required = false) RecordType recordType,
            @RequestParam(defaultValue = "") String subjectCategory, RedirectAttributes redirect) {
        try {
            if (departmentId == null || recordType == null) {
                throw new BusinessRuleException("review.policy.incomplete");
            }
            departments.findById(departmentId, null);
            policies.add(departmentId, recordType, subjectCategory, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", "review.policy.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return LIST;
    }

    @PostMapping("/console/review/policies/{id}/enable")
    @RequiresPermissions(Permissions.REVIEW_POLICY_EDIT)
    @AuditedOperation(module = "review", action = "enable-policy")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        policies.setEnabled(id, true);
        redirect.addFlashAttribute("flash", "review.policy.enabled");
        return LIST;
    }

    @PostMapping("/console/review/policies/{id}/disable")
    @RequiresPermissions(Permissions.REVIEW_POLICY_EDIT)
    @AuditedOperation(module = "review", action = "disable-policy")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        policies.setEnabled(id, false);
        redirect.addFlashAttribute("flash", "review.policy.disabled");
        return LIST;
    }

    @PostMapping("/console/review/policies/{id}/delete")
    @RequiresPermissions(Permissions.REVIEW_POLICY_EDIT)
    @AuditedOperation(module = "review", action = "delete-policy")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        policies.delete(id);
        redirect.addFlashAttribute("flash", "review.policy.deleted");
        return LIST;
    }
}
