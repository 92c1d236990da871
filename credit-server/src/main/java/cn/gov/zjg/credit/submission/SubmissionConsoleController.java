package cn.gov.zjg.credit.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.security.UserPrincipal;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.Downloads;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.submission.excel.ReceiptWriter;
import cn.gov.zjg.credit.submission.excel.TemplateWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Batches in the console: the list with the upload form, the batch page with its progress bar, staged rows, error
 * receipt and original file, and the template downloads. Department clerks see only their own department's batches.
 */
@Controller
class SubmissionConsoleController {

    private final BatchService batches;
    private final ExcelUploadService uploads;
    private final TemplateWriter templates;
    private final ReceiptWriter receipts;
    private final DepartmentService departments;
    private final SubmissionProperties props;
    private final StagingQueue staging;

    SubmissionConsoleController(BatchService batches, ExcelUploadService uploads, TemplateWriter templates,
            ReceiptWriter receipts, DepartmentService departments, SubmissionProperties props, StagingQueue staging) {
        this.batches = batches;
        this.uploads = uploads;
        this.templates = templates;
        this.receipts = receipts;
        this.departments = departments;
        this.props = props;
        this.staging = staging;
    }

    @GetMapping("/console/submissions")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    String list(BatchQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", batches.findPage(query, CurrentUser.departmentScope(), PageQuery.of(page, 20)));
        model.addAttribute("departments", departments.findEnabled());
        model.addAttribute("departmentNames", departments.namesById());
        model.addAttribute("maxMegabytes", props.maxFileSize().toMegabytes());
        model.addAttribute("maxRows", props.maxRows());
        return "console/submission/list";
    }

    @PostMapping("/console/submissions/upload")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_UPLOAD)
    @AuditedOperation(module = "submission", action = "upload")
    String upload(@RequestParam RecordType recordType, @RequestParam(required = false) Long departmentId,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        UserPrincipal me = CurrentUser.get();
        Long department = me.seesAllDepartments() ? departmentId : me.departmentId();
        if (department == null) {
            return refused(redirect, new BusinessRuleException("submission.upload.noDepartment"));
        }
        try (InputStream content = file.getInputStream()) {
            Batch batch = uploads.upload(recordType, department,
                    new ExcelUploadService.Upload(file.getOriginalFilename(), file.getSize(), content), me.username());
            return "redirect:/console/submissions/" + batch.id();
        } catch (BusinessRuleException e) {
            return refused(redirect, e);
        }
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        return refused(redirect, new BusinessRuleException("submission.upload.tooLarge",
                props.maxFileSize().toMegabytes()));
    }

    @GetMapping("/console/submissions/{id}")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer errorsPage, Model model) {
        Batch batch = batches.find(id, CurrentUser.departmentScope());
        model.addAttribute("batch", batch);
        model.addAttribute("departmentName", departments.findById(batch.departmentId(), null).name());
        model.addAttribute("staged", batches.findStaged(batch, PageQuery.of(page, 20)));
        model.addAttribute("errors", batches.findErrors(batch.id(), PageQuery.of(errorsPage, 50)));
        model.addAttribute("maxRows", props.maxRows());
        model.addAttribute("statusCounts", staging.countByStatus(batch));
        return "console/submission/detail";
    }

    @GetMapping(value = "/console/submissions/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    @ResponseBody
    BatchProgress progress(@PathVariable long id) {
        return BatchProgress.of(batches.find(id, CurrentUser.departmentScope()));
    }

    @GetMapping("/console/submissions/{id}/original")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    @AuditedOperation(module = "submission", action = "download-original")
    void original(@PathVariable long id, HttpServletResponse response) throws IOException {
        Batch batch = batches.find(id, CurrentUser.departmentScope());
        Downloads.attachment(response, "application/octet-stream", batch.fileName() == null ? batch.batchNo() : batch.fileName());
        try (InputStream in = batches.openOriginal(batch.id()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @GetMapping("/console/submissions/{id}/receipt.xlsx")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    void receipt(@PathVariable long id, HttpServletResponse response) throws IOException {
        Batch batch = batches.find(id, CurrentUser.departmentScope());
        Downloads.attachment(response, Downloads.XLSX, batch.batchNo() + "-回执.xlsx");
        receipts.write(batch, response.getOutputStream());
    }

    @GetMapping("/console/submissions/templates/{type}")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    void template(@PathVariable RecordType type, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, type.label() + "信息报送模板.xlsx");
        templates.write(type, response.getOutputStream());
    }

    private static String refused(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("flashError", e.messageKey());
        redirect.addFlashAttribute("flashArgs", e.args());
        return "redirect:/console/submissions";
    }
}
