package cn.gov.zjg.credit.redblack.site;

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

/** The centre curates the exposure board: pin a record to the top or hide it, always with a reason (audited). */
@Controller
class ExposureConsoleController {

    private static final String PAGE = "/console/redblack/exposure";

    private final PublicListService lists;

    ExposureConsoleController(PublicListService lists) {
        this.lists = lists;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_EXPOSURE_CURATE)
    String page(Model model) {
        model.addAttribute("entries", lists.exposureEntries(true));
        model.addAttribute("penalties", lists.exposurePenalties(true));
        return "console/redblack/exposure";
    }

    @PostMapping(PAGE + "/{recordType}/{id}")
    @RequiresPermissions(Permissions.REDBLACK_EXPOSURE_CURATE)
    @AuditedOperation(module = "redblack", action = "curate-exposure")
    String curate(@PathVariable String recordType, @PathVariable long id, @RequestParam String action,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            lists.curate(recordType, id, action, reason, CurrentUser.get().username());
            redirect.addFlashAttribute("flash", "redblack.exposure.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + PAGE;
    }
}
