package cn.gov.zjg.credit.publication;

import cn.gov.zjg.credit.jobs.JobRunService;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code publishApproved}: register it in the XXL-JOB admin with routing SHARDING_BROADCAST; each node publishes the
 * approved rows whose {@code id % shardTotal == shardIndex}.
 */
@Component
class PublishApprovedJob {

    private final JobRunService runs;
    private final PublicationService publication;

    PublishApprovedJob(JobRunService runs, PublicationService publication) {
        this.runs = runs;
        this.publication = publication;
    }

    @XxlJob("publishApproved")
    public void publishApproved() {
        runs.run("publishApproved", publication::publishApproved);
    }
}
