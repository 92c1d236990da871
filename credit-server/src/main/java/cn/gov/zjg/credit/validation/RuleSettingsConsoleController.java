package cn.gov.zjg.credit.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.audit.AuditedOperation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators switch each validation rule between error, warning and off, per record type. */
@Controller
class RuleSettingsConsoleController {

    private static final String PAGE = "/console/validation/rules";

    private final RuleSettingsService settings;

    RuleSettingsConsoleController(RuleSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.VALIDATION_RULE_EDIT)
    String list(Model model) {
        Map<RecordType, List<RuleSetting>> byType = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            byType.put(type, settings.list(type));
        }
        model.addAttribute("settings", byType);
        model.addAttribute("severities", Severity.values());
        return "console/validation/rules";
    }

    /** The new severity is part of the path so the operation log's target records it along with the rule. */
    @PostMapping(PAGE + "/{recordType}/{rule}/{severity}")
    @RequiresPermissions(Permissions.VALIDATION_RULE_EDIT)
    @AuditedOperation(module = "validation", action = "setRuleSeverity")
    String update(@PathVariable RecordType recordType, @PathVariable RuleCode rule, @PathVariable Severity severity,
            RedirectAttributes redirect) {
        try {
            settings.update(recordType, rule, severity, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", "validation.rules.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:" + PAGE + "#" + recordType.name() + "-" + rule.name();
    }
}
