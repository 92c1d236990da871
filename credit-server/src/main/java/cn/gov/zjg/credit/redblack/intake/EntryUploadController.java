package cn.gov.zjg.credit.redblack.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.UserPrincipal;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.Downloads;
import com.alibaba.excel.EasyExcel;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Excel intake of entries: the template, the upload and its receipt (row, column, reason), on screen and as Excel. */
@Controller
class EntryUploadController {

    private static final String PAGE = "/console/redblack/uploads";

    private final EntryIntakeService intake;
    private final DepartmentService departments;

    EntryUploadController(EntryIntakeService intake, DepartmentService departments) {
        this.intake = intake;
        this.departments = departments;
    }

    @GetMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    String page(Model model) {
        model.addAttribute("uploads", intake.recent(CurrentUser.departmentScope()));
        model.addAttribute("askDepartment", CurrentUser.get().departmentId() == null);
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        return "console/redblack/uploads";
    }

    @GetMapping(PAGE + "/template.xlsx")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    void template(HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, "红黑名单导入模板.xlsx");
        EntrySheet.writeTemplate(response.getOutputStream());
    }

    @PostMapping(PAGE)
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    @AuditedOperation(module = "redblack", action = "upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long departmentId,
            RedirectAttributes redirect) throws IOException {
        UserPrincipal me = CurrentUser.get();
        Long department = me.departmentId() != null ? me.departmentId() : departmentId;
        try {
            if (department == null) {
                throw new BusinessRuleException("redblack.form.departmentRequired");
            }
            if (file.isEmpty()) {
                throw new BusinessRuleException("redblack.upload.empty");
            }
            Department dept = departments.findById(department, me.departmentScope());
            long id;
            try (InputStream in = file.getInputStream()) {
                id = intake.upload(dept.id(), dept.name(), file.getOriginalFilename(), in, me.username());
            }
            return "redirect:" + PAGE + "/" + id;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
            return "redirect:" + PAGE;
        }
    }

    @GetMapping(PAGE + "/{id}")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    String receipt(@PathVariable long id, Model model) {
        model.addAttribute("upload", intake.find(id, CurrentUser.departmentScope()));
        model.addAttribute("errors", intake.errors(id));
        return "console/redblack/upload-receipt";
    }

    @GetMapping(PAGE + "/{id}/receipt.xlsx")
    @RequiresPermissions(Permissions.REDBLACK_ENTRY_PROPOSE)
    void receiptFile(@PathVariable long id, HttpServletResponse response) throws IOException {
        intake.find(id, CurrentUser.departmentScope());
        List<List<Object>> rows = intake.errors(id).stream()
                .map(e -> List.<Object>of(e.sourceRow(), e.columnName(), e.message())).toList();
        Downloads.attachment(response, Downloads.XLSX, "红黑名单导入回执-" + id + ".xlsx");
        EasyExcel.write(response.getOutputStream())
                .head(List.of(List.of("行号"), List.of("列"), List.of("问题"))).sheet("回执").doWrite(rows);
    }
}
