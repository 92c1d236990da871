package cn.gov.zjg.credit.portal;

import cn.gov.zjg.credit.jobs.JobRunService;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code rebuildSubjectNameIndex}: rebuilds the portal's name search index for existing subjects (after an upgrade,
 * a restore, or data loaded around publication). Register it in the XXL-JOB admin with routing SHARDING_BROADCAST
 * and no schedule (run it by hand); each node indexes the subjects whose {@code id % shardTotal == shardIndex}.
 * Safe to run while publication goes on and to run again.
 */
@Component
class RebuildSubjectNameIndexJob {

    private final JobRunService runs;
    private final SearchIndex index;

    RebuildSubjectNameIndexJob(JobRunService runs, SearchIndex index) {
        this.runs = runs;
        this.index = index;
    }

    @XxlJob("rebuildSubjectNameIndex")
    public void rebuildSubjectNameIndex() {
        runs.run("rebuildSubjectNameIndex", index::rebuild);
    }
}
