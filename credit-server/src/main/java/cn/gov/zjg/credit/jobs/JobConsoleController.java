package cn.gov.zjg.credit.jobs;

import cn.gov.zjg.credit.security.Permissions;
import cn.gov.zjg.credit.shared.PageQuery;
import org.apache.shiro.authz.annotation.RequiresPermissions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The job run log in the console. */
@Controller
class JobConsoleController {

    private final JobRunService runs;

    JobConsoleController(JobRunService runs) {
        this.runs = runs;
    }

    @GetMapping("/console/jobs")
    @RequiresPermissions(Permissions.JOBS_RUN_VIEW)
    String list(@RequestParam(required = false) String jobName, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("jobName", jobName);
        model.addAttribute("status", status);
        model.addAttribute("result", runs.findPage(jobName, status, PageQuery.of(page, 30)));
        return "console/jobs/runs";
    }
}
