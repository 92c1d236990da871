package cn.gov.zjg.credit.department;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
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

/** Department list (scoped), detail, and the create/edit form for administrators. */
@Controller
class DepartmentConsoleController {

    private static final String FORM = "console/department/form";

    private final DepartmentService departments;

    DepartmentConsoleController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping("/console/departments")
    @RequiresPermissions(Permissions.DEPARTMENT_VIEW)
    String list(DepartmentQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", departments.findPage(query, CurrentUser.departmentScope(), PageQuery.of(page, 20)));
        return "console/department/list";
    }

    @GetMapping("/console/departments/{id}")
    @RequiresPermissions(Permissions.DEPARTMENT_VIEW)
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("department", departments.findById(id, CurrentUser.departmentScope()));
        return "console/department/detail";
    }

    @GetMapping("/console/departments/new")
    @RequiresPermissions(Permissions.DEPARTMENT_EDIT)
    String createForm(Model model) {
        model.addAttribute("form", DepartmentForm.empty());
        return FORM;
    }

    @PostMapping("/console/departments/new")
    @RequiresPermissions(Permissions.DEPARTMENT_EDIT)
    @AuditedOperation(module = "department", action = "create")
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && save(null, form, result)) {
            redirect.addFlashAttribute("flash", "department.saved");
            return "redirect:/console/departments";
        }
        response.setStatus(422);
        return FORM;
    }

    @GetMapping("/console/departments/{id}/edit")
    @RequiresPermissions(Permissions.DEPARTMENT_EDIT)
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("departmentId", id);
        model.addAttribute("form", DepartmentForm.of(departments.findById(id, null)));
        return FORM;
    }

    @PostMapping("/console/departments/{id}/edit")
    @RequiresPermissions(Permissions.DEPARTMENT_EDIT)
    @AuditedOperation(module = "department", action = "update")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && save(id, form, result)) {
            redirect.addFlashAttribute("flash", "department.saved");
            return "redirect:/console/departments/" + id;
        }
        model.addAttribute("departmentId", id);
        response.setStatus(422);
        return FORM;
    }

    private boolean save(Long id, DepartmentForm form, BindingResult result) {
        try {
            if (id == null) {
                departments.create(form, CurrentUser.get().username());
            } else {
                departments.update(id, form, CurrentUser.get().username());
            }
            return true;
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.args(), e.messageKey());
            return false;
        }
    }
}
