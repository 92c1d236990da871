package cn.gov.zjg.credit.validation;

import cn.gov.zjg.credit.jobs.JobRunService;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code validateSubmissions}: register it in the XXL-JOB admin with routing SHARDING_BROADCAST; each node validates
 * the rows whose {@code id % shardTotal == shardIndex}.
 */
@Component
class ValidateSubmissionsJob {

    private final JobRunService runs;
    private final SubmissionValidation validation;

    ValidateSubmissionsJob(JobRunService runs, SubmissionValidation validation) {
        this.runs = runs;
        this.validation = validation;
    }

    @XxlJob("validateSubmissions")
    public void validateSubmissions() {
        runs.run("validateSubmissions", validation::validatePending);
    }
}
