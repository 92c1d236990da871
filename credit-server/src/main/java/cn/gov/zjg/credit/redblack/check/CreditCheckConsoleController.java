package cn.gov.zjg.credit.redblack.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.redblack.RedBlackProperties;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credit check in the console: one subject on screen, or an uploaded list of codes answered as an Excel file.
 * Each check is in the operation log and the check log.
 */
@Controller
class CreditCheckConsoleController {

    private static final String PAGE = "/console/credit-check";

    private final CreditCheckService checks;
    private final RedBlackProperties props;
    private final MessageSource messages;

    CreditCheckConsoleController(CreditCheckService checks, RedBlackProperties props, MessageSource messages) {
        this.checks = checks;
        this.props = props;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_CHECK_RUN)
    String page(Model model) {
        model.addAttribute("maxCodes", props.maxCheckCodes());
        return "console/redblack/credit-check";
    }

    @PostMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_CHECK_RUN)
    @AuditedOperation(module = "redblack", action = "credit-check")
    String checkOne(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String purpose,
            Model model) {
        model.addAttribute("maxCodes", props.maxCheckCodes());
        model.addAttribute("code", code);
        model.addAttribute("purpose", purpose);
        if (code.isBlank()) {
            model.addAttribute("flashError", "redblack.check.noCodes");
            return "console/redblack/credit-check";
        }
        model.addAttribute("result", checks.check(List.of(code), checker("CONSOLE", purpose)).get(0));
        return "console/redblack/credit-check";
    }

    @PostMapping(PAGE + "/batch")
    @RequiresPermissions(Permissions.REDBLACK_CHECK_RUN)
    @AuditedOperation(module = "redblack", action = "credit-check-batch")
    String checkFile(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String purpose,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        List<CheckResult> results;
        try (InputStream in = file.getInputStream()) {
            results = checks.check(CheckWorkbook.readCodes(in, props.maxCheckCodes()), checker("EXCEL", purpose));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:" + PAGE;
        }
        Downloads.attachment(response, Downloads.XLSX, "信用核查结果.xlsx");
        CheckWorkbook.write(results, conclusions(), response.getOutputStream());
        return null;
    }

    private Map<String, String> conclusions() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String c : List.of("CLEAR", "RED", "FLAGGED", "INVALID")) {
            labels.put(c, messages.getMessage("redblack.check.conclusion." + c, null, Locale.SIMPLIFIED_CHINESE));
        }
        return labels;
    }

    private static CreditCheckService.Checker checker(String channel, String purpose) {
        var me = CurrentUser.get();
        return new CreditCheckService.Checker(channel, me.departmentId(), me.username(),
                purpose == null || purpose.isBlank() ? null : purpose.strip());
    }
}
