package cn.gov.zjg.credit.security.login;

import cn.gov.zjg.credit.security.AccountService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A logged-in user changes their own password. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    // On each handler: Shiro ignores class-level annotations on package-private controllers.
    @GetMapping("/console/account/password")
    @RequiresPermissions(Permissions.CONSOLE_HOME_VIEW)
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return "console/account/password";
    }

    @PostMapping("/console/account/password")
    @RequiresPermissions(Permissions.CONSOLE_HOME_VIEW)
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.confirmed()) {
            result.rejectValue("confirmPassword", "security.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(CurrentUser.get().id(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("flash", "security.password.changed");
                return "redirect:/console";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        response.setStatus(422);
        return "console/account/password";
    }
}
