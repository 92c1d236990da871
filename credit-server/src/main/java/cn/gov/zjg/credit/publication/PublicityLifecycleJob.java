package cn.gov.zjg.credit.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.zjg.credit.jobs.JobRunService;
import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code publicityLifecycle}: register it daily (e.g. 00:10) with routing SHARDING_BROADCAST. The executor parameter
 * {@code date=YYYY-MM-DD} runs it as of another day (catching up after an outage, or a rehearsal).
 */
@Component
class PublicityLifecycleJob {

    private final JobRunService runs;
    private final PublicityLifecycle lifecycle;

    PublicityLifecycleJob(JobRunService runs, PublicityLifecycle lifecycle) {
        this.runs = runs;
        this.lifecycle = lifecycle;
    }

    @XxlJob("publicityLifecycle")
    public void publicityLifecycle() {
        LocalDate asOf = asOf(XxlJobHelper.getJobParam());
        runs.run("publicityLifecycle", progress -> lifecycle.run(progress, asOf));
    }

    static LocalDate asOf(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String value = param.strip();
        if (!value.startsWith("date=")) {
            throw new IllegalArgumentException("publicityLifecycle parameter must be date=YYYY-MM-DD: " + param);
        }
        try {
            return LocalDate.parse(value.substring("date=".length()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publicityLifecycle parameter must be date=YYYY-MM-DD: " + param, e);
        }
    }
}
