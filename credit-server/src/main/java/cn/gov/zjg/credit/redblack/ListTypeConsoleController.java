package cn.gov.zjg.credit.redblack;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators maintain list types, sub-types and the measures that apply to them (issue 7: data, not code). */
@Controller
class ListTypeConsoleController {

    private static final String PAGE = "/console/redblack/types";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_]{2,32}");

    private final ListTypeService types;

    ListTypeConsoleController(ListTypeService types) {
        this.types = types;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_TYPE_EDIT)
    String list(Model model) {
        model.addAttribute("types", types.findAll());
        model.addAttribute("kinds", ListKind.values());
        return "console/redblack/types";
    }

    @PostMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_TYPE_EDIT)
    @AuditedOperation(module = "redblack", action = "create-list-type")
    String create(@RequestParam(required = false) Long parentId, @RequestParam(required = false) ListKind kind,
            @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String measures, @RequestParam(defaultValue = "0") int sortOrder,
            RedirectAttributes redirect) {
        try {
            if (!CODE.matcher(code.strip()).matches() || name.isBlank() || name.length() > 100
                    || (parentId == null && kind == null)) {
                throw new BusinessRuleException("redblack.types.invalid");
            }
            types.create(parentId, kind, code.strip().toUpperCase(java.util.Locale.ROOT), name.strip(), measures,
                    sortOrder, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", "redblack.types.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}")
    @RequiresPermissions(Permissions.REDBLACK_TYPE_EDIT)
    @AuditedOperation(module = "redblack", action = "update-list-type")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String measures, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "0") int sortOrder, RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("flashError", "redblack.types.invalid");
            return "redirect:" + PAGE;
        }
        types.update(id, name.strip(), measures, enabled, sortOrder, CurrentUser.get().username());
        redirect.addFlashAttribute("flash", "redblack.types.saved");
        return "redirect:" + PAGE;
    }
}
