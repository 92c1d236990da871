package cn.gov.zjg.credit.publication;

import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.review.AutoApproval;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.stereotype.Component;

/**
 * {@code publishApproved}: register it in the XXL-JOB admin with routing SHARDING_BROADCAST; each node first approves
 * what an auto-approval policy covers, then publishes the approved rows whose {@code id % shardTotal == shardIndex}.
 */
@Component
class PublishApprovedJob {

    private final JobRunService runs;
    private final PublicationService publication;
    private final AutoApproval autoApproval;

    PublishApprovedJob(JobRunService runs, PublicationService publication, AutoApproval autoApproval) {
        this.runs = runs;
        this.publication = publication;
        this.autoApproval = autoApproval;
    }

    @XxlJob("publishApproved")
    public void publishApproved() {
        runs.run("publishApproved", progress -> {
            int approved = autoApproval.approveEligible(progress.shardIndex(), progress.shardTotal());
            return approved + " record(s) approved by policy; " + publication.publishApproved(progress);
        });
    }
}
