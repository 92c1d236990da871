package cn.gov.zjg.credit.redblack;

import java.util.List;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.UserPrincipal;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Departments' entries in the console: the list (own department for submitters), the form to propose one entry, the
 * detail with its history, and early removal with a reason (domain.md §4.3).
 */
@Controller
class EntryConsoleController {

    private static final String PAGE = "/console/redblack/entries";
    private static final int UNPROCESSABLE = 422;

    private final EntryService entries;
    private final EntryValidator validator;
    private final ListTypeService types;
    private final DepartmentService departments;

    EntryConsoleController(EntryService entries, EntryValidator validator, ListTypeService types,
            DepartmentService departments) {
        this.entries = entries;
        this.validator = validator;
        this.types = types;
        this.departments = departments;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_VIEW)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long listTypeId,
            @RequestParam(required = false) String keyword, @RequestParam(defaultValue = "1") int page, Model model) {
        EntryQuery query = new EntryQuery(status, kind, departmentId, listTypeId, keyword);
        model.addAttribute("query", query);
        model.addAttribute("result", entries.findPage(query, CurrentUser.departmentScope(), PageQuery.of(page, 20)));
        model.addAttribute("types", types.findAll());
        model.addAttribute("departmentNames", departments.namesById());
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("statuses", EntryStatus.values());
        return "console/redblack/entries";
    }

    @GetMapping(PAGE + "/new")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    String form(Model model) {
        return renderForm(model, EntryForm.empty());
    }

    @PostMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    @AuditedOperation(module = "redblack", action = "propose")
    String propose(@ModelAttribute("form") EntryForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UserPrincipal me = CurrentUser.get();
        Long departmentId = me.departmentId() != null ? me.departmentId() : form.departmentId();
        if (departmentId == null) {
            result.rejectValue("departmentId", "redblack.form.departmentRequired");
            response.setStatus(UNPROCESSABLE);
            return renderForm(model, form);
        }
        Department department = departments.findById(departmentId, me.departmentScope());
        EntryValidator.Checked checked = validator.validate(List.of(form.toDraft()), department.name()).get(0);
        List<EntryProblem> problems = checked.problems();
        if (checked.valid()) {
            EntryService.Proposed proposed = entries.propose(
                    new EntryService.Proposal(department.id(), "FORM", null, me.username()), List.of(checked.entry()));
            if (!proposed.ids().isEmpty()) {
                redirect.addFlashAttribute("flash", "redblack.form.proposed");
                return "redirect:" + PAGE + "/" + proposed.ids().get(0);
            }
            problems = proposed.duplicates();
        }
        problems.forEach(p -> result.rejectValue(EntryForm.property(p.field()), p.messageKey(), p.args(), null));
        response.setStatus(UNPROCESSABLE);
        return renderForm(model, form);
    }

    @GetMapping(PAGE + "/{id}")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_VIEW)
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("entry", entries.find(id, CurrentUser.departmentScope()));
        model.addAttribute("history", entries.history(id));
        model.addAttribute("departmentNames", departments.namesById());
        model.addAttribute("reasons", RemovalReason.early());
        return "console/redblack/entry";
    }

    @PostMapping(PAGE + "/{id}/remove")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_REMOVE)
    @AuditedOperation(module = "redblack", action = "remove")
    String remove(@PathVariable long id, @RequestParam(required = false) RemovalReason reason,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            entries.removeEarly(id, reason, note, CurrentUser.get().username(), CurrentUser.departmentScope());
            redirect.addFlashAttribute("flash", "redblack.remove.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:" + PAGE + "/" + id;
    }

    private String renderForm(Model model, EntryForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("types", types.findAll().stream().filter(ListType::enabled).toList());
        model.addAttribute("askDepartment", CurrentUser.get().departmentId() == null);
        model.addAttribute("departments", departments.findEnabled());
        return "console/redblack/entry-form";
    }
}
