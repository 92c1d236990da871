package cn.gov.zjg.credit.user;


import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.AccountService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.NewUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.UserQuery;
import cn.gov.zjg.credit.security.UserView;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console user administration. */
@Controller
class UserConsoleController {

    private static final String FORM = "console/user/form";

    private final AccountService accounts;
    private final DepartmentService departments;

    UserConsoleController(AccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @GetMapping("/console/users")
    @RequiresPermissions(Permissions.USER_VIEW)
    String list(UserQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", accounts.findPage(query, CurrentUser.departmentScope(), PageQuery.of(page, 20)));
        addChoices(model);
        return "console/user/list";
    }

    @GetMapping("/console/users/new")
    @RequiresPermissions(Permissions.USER_EDIT)
    String createForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        addChoices(model);
        return FORM;
    }

    @PostMapping("/console/users/new")
    @RequiresPermissions(Permissions.USER_EDIT)
    @AuditedOperation(module = "user", action = "create")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.create(new NewUser(form.username(), form.displayName(), form.password(),
                        form.departmentId(), form.roleCodes()), CurrentUser.get().username());
                redirect.addFlashAttribute("flash", "user.saved");
                return "redirect:/console/users";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return invalid(model, response, null);
    }

    @GetMapping("/console/users/{id}/edit")
    @RequiresPermissions(Permissions.USER_EDIT)
    String editForm(@PathVariable long id, Model model) {
        UserView user = accounts.findById(id, CurrentUser.departmentScope());
        model.addAttribute("form", new UserForm(user.username(), user.displayName(), "", user.departmentId(),
                user.roles()));
        model.addAttribute("user", user);
        addChoices(model);
        return FORM;
    }

    @PostMapping("/console/users/{id}/edit")
    @RequiresPermissions(Permissions.USER_EDIT)
    @AuditedOperation(module = "user", action = "update")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserView user = accounts.findById(id, CurrentUser.departmentScope());
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.displayName(), form.departmentId(), form.roleCodes(),
                        CurrentUser.get().username());
                redirect.addFlashAttribute("flash", "user.saved");
                return "redirect:/console/users";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return invalid(model, response, user);
    }

    @PostMapping("/console/users/{id}/enabled")
    @RequiresPermissions(Permissions.USER_EDIT)
    @AuditedOperation(module = "user", action = "enable-disable")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.findById(id, CurrentUser.departmentScope());
        if (id == CurrentUser.get().id()) {
            redirect.addFlashAttribute("flashError", "user.disable.self");
        } else {
            accounts.setEnabled(id, enabled, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", enabled ? "user.enabled" : "user.disabled");
        }
        return "redirect:/console/users";
    }

    @PostMapping("/console/users/{id}/password")
    @RequiresPermissions(Permissions.USER_EDIT)
    @AuditedOperation(module = "user", action = "reset-password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        accounts.findById(id, CurrentUser.departmentScope());
        try {
            accounts.resetPassword(id, password, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", "user.passwordReset");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/console/users/" + id + "/edit";
    }

    private String invalid(Model model, HttpServletResponse response, UserView user) {
        model.addAttribute("user", user);
        addChoices(model);
        response.setStatus(422);
        return FORM;
    }

    private void addChoices(Model model) {
        model.addAttribute("roles", accounts.roles());
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
    }
}
