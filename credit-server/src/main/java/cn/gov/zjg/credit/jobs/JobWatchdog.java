package cn.gov.zjg.credit.jobs;

import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/** {@code jobWatchdog}: fails runs that stopped sending heartbeats (a node died mid-run). Safe to run anywhere. */
@Component
class JobWatchdog {

    private final JobRunService runs;

    JobWatchdog(JobRunService runs) {
        this.runs = runs;
    }

    @XxlJob("jobWatchdog")
    public void failStuckRuns() {
        runs.run("jobWatchdog", progress -> {
            int failed = runs.failStuckRuns();
            progress.report(failed, 0);
            return failed + " stuck run(s) marked failed";
        });
    }
}
