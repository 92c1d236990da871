package cn.gov.zjg.credit.audit;

import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.PageQuery;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operation log and the login log, browsable and filterable (read-only). */
@Controller
class AuditConsoleController {

    private final AuditService audit;

    AuditConsoleController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit/operations")
    @RequiresPermissions(Permissions.AUDIT_OPERATION_VIEW)
    String operations(AuditQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", audit.findOperations(query, PageQuery.of(page, 20)));
        return "console/audit/operations";
    }

    @GetMapping("/console/audit/logins")
    @RequiresPermissions(Permissions.AUDIT_LOGIN_VIEW)
    String logins(AuditQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", audit.findLogins(query, PageQuery.of(page, 20)));
        return "console/audit/logins";
    }
}
