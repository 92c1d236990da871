package cn.gov.zjg.credit.submission.push;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators issue and revoke the departments' push API credentials. The permission is on every handler, not on
 * the class: Shiro's advisor finds a class-level annotation only through {@code Class.getMethod}, which does not see
 * package-private handlers, so a class-level {@code @RequiresPermissions} here would silently not apply.
 */
@Controller
class CredentialConsoleController {

    private static final String LIST = "console/submission/credential-list";
    private static final String FORM = "console/submission/credential-form";
    private static final String ISSUED = "console/submission/credential-issued";
    private static final String REVOKE = "console/submission/credential-revoke";

    private final CredentialService credentials;
    private final DepartmentService departments;

    CredentialConsoleController(CredentialService credentials, DepartmentService departments) {
        this.credentials = credentials;
        this.departments = departments;
    }

    @GetMapping("/console/api-credentials")
    @RequiresPermissions(Permissions.SUBMISSION_CREDENTIAL_MANAGE)
    String list(ApiCredential.Query query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", credentials.findPage(query, PageQuery.of(page, 20)));
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        return LIST;
    }

    @GetMapping("/console/api-credentials/new")
    @RequiresPermissions(Permissions.SUBMISSION_CREDENTIAL_MANAGE)
    String issueForm(Model model) {
        model.addAttribute("form", new CredentialForms.Issue(null));
        model.addAttribute("departments", departments.findEnabled());
        return FORM;
    }

    /**
     * Shows the secret in the response to the POST itself, with {@code no-store}: it is never put in a URL, a flash
     * attribute or the (Redis) session, and cannot be shown again.
     */
    @PostMapping("/console/api-credentials/new")
    @RequiresPermissions(Permissions.SUBMISSION_CREDENTIAL_MANAGE)
    @AuditedOperation(module = "submission", action = "issue-credential")
    String issue(@Valid @ModelAttribute("form") CredentialForms.Issue form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                CredentialService.Issued issued = credentials.issue(form.departmentId(), CurrentUser.get().username());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("issued", issued);
                model.addAttribute("department", departments.findById(form.departmentId(), null));
                return ISSUED;
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        response.setStatus(422);
        model.addAttribute("departments", departments.findEnabled());
        return FORM;
    }

    @GetMapping("/console/api-credentials/{id}/revoke")
    @RequiresPermissions(Permissions.SUBMISSION_CREDENTIAL_MANAGE)
    String revokeForm(@PathVariable long id, Model model) {
        addCredential(id, model);
        model.addAttribute("form", new CredentialForms.Revoke(""));
        return REVOKE;
    }

    @PostMapping("/console/api-credentials/{id}/revoke")
    @RequiresPermissions(Permissions.SUBMISSION_CREDENTIAL_MANAGE)
    @AuditedOperation(module = "submission", action = "revoke-credential")
    String revoke(@PathVariable long id, @Valid @ModelAttribute("form") CredentialForms.Revoke form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                credentials.revoke(id, form.reason(), CurrentUser.get().username());
                redirect.addFlashAttribute("flash", "submission.credential.revoked");
                return "redirect:/console/api-credentials";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        response.setStatus(422);
        addCredential(id, model);
        return REVOKE;
    }

    private void addCredential(long id, Model model) {
        ApiCredential credential = credentials.findById(id);
        model.addAttribute("credential", credential);
        model.addAttribute("department", departments.findById(credential.departmentId(), null));
    }
}
