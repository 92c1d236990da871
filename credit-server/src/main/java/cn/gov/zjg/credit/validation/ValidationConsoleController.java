package cn.gov.zjg.credit.validation;

import cn.gov.zjg.credit.shared.Downloads;
import java.io.IOException;
import java.util.List;

import cn.gov.zjg.credit.audit.AuditedOperation;
import cn.gov.zjg.credit.security.CurrentUser;
import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.StagingQueue;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A batch's validation outcome: counts, the problems found, and the receipt. Department clerks see their own only. */
@Controller
class ValidationConsoleController {

    private static final int SHOWN = 200;

    private final BatchService batches;
    private final StagingQueue staging;
    private final SubmissionValidation validation;
    private final ValidationReceiptWriter receipts;
    private final IssueViews views;
    private final DepartmentStatistics statistics;

    ValidationConsoleController(BatchService batches, StagingQueue staging, SubmissionValidation validation,
            ValidationReceiptWriter receipts, IssueViews views, DepartmentStatistics statistics) {
        this.views = views;
        this.statistics = statistics;
        this.batches = batches;
        this.staging = staging;
        this.validation = validation;
        this.receipts = receipts;
    }

    @GetMapping("/console/validation/batches/{id}")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    String batch(@PathVariable long id, Model model) {
        Batch batch = batches.find(id, CurrentUser.departmentScope());
        List<Issue> issues = validation.issuesOfBatch(batch.id());
        model.addAttribute("batch", batch);
        model.addAttribute("counts", staging.countByStatus(batch));
        model.addAttribute("issues", views.of(issues.subList(0, Math.min(SHOWN, issues.size())), batch.recordType()));
        model.addAttribute("issueCount", issues.size());
        model.addAttribute("fieldNames", validation.fieldNames(batch.recordType()));
        return "console/validation/batch";
    }

    @GetMapping("/console/validation/statistics")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    String statistics(Model model) {
        model.addAttribute("rows", statistics.rows(CurrentUser.departmentScope()));
        return "console/validation/statistics";
    }

    @GetMapping("/console/validation/batches/{id}/receipt.xlsx")
    @RequiresPermissions(Permissions.SUBMISSION_BATCH_VIEW)
    @AuditedOperation(module = "validation", action = "download-receipt")
    void receipt(@PathVariable long id, HttpServletResponse response) throws IOException {
        Batch batch = batches.find(id, CurrentUser.departmentScope());
        Downloads.attachment(response, Downloads.XLSX, batch.batchNo() + "-校验回执.xlsx");
        receipts.write(batch, response.getOutputStream());
    }
}
