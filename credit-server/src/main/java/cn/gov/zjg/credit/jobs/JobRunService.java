package cn.gov.zjg.credit.jobs;

import cn.hutool.core.util.StrUtil;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;
import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.context.XxlJobHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a job handler's work inside the job run log: who (node, shard), when, how many rows, and how it ended. A
 * failure is recorded and reported to XXL-JOB (handleFail) instead of being thrown away.
 */
@Service
public class JobRunService {

    private static final Logger log = LoggerFactory.getLogger(JobRunService.class);
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JobRunMapper mapper;
    private final JobsProperties props;
    private final Clock clock;

    JobRunService(JobRunMapper mapper, JobsProperties props, Clock clock) {
        this.mapper = mapper;
        this.props = props;
        this.clock = clock;
    }

    /** What a job's work sees: its shard, and a way to report progress (which is also the heartbeat). */
    public interface Progress {
        int shardIndex();

        int shardTotal();

        void report(int rowsProcessed, int rowsFailed);
    }

    /** The work of one run; returns a one-line summary for the log. */
    @FunctionalInterface
    public interface Work {
        String run(Progress progress) throws Exception;
    }

    /** Runs {@code work} for the handler {@code jobName} with the shard parameters XXL-JOB (or the local scheduler) set. */
    public void run(String jobName, Work work) {
        XxlJobContext context = XxlJobContext.getXxlJobContext();
        int shardIndex = context == null ? 0 : context.getShardIndex();
        int shardTotal = context == null || context.getShardTotal() <= 0 ? 1 : context.getShardTotal();
        String trigger = context != null && context.getJobId() > 0 ? "XXL_JOB" : "LOCAL";
        var insert = new JobRunMapper.RunInsert(jobName, NODE, shardIndex, shardTotal, trigger);
        insertRun(insert);
        long runId = insert.getId();
        int[] counts = new int[2];
        Progress progress = new Progress() {
            @Override
            public int shardIndex() {
                return shardIndex;
            }

            @Override
            public int shardTotal() {
                return shardTotal;
            }

            @Override
            public void report(int rowsProcessed, int rowsFailed) {
                counts[0] = rowsProcessed;
                counts[1] = rowsFailed;
                mapper.heartbeat(runId, rowsProcessed, rowsFailed);
            }
        };
        try {
            String summary = work.run(progress);
            mapper.finish(runId, "SUCCEEDED", counts[0], counts[1], StrUtil.sub(summary, 0, 500));
            XxlJobHelper.log("{} shard {}/{}: {}", jobName, shardIndex, shardTotal, summary);
        } catch (Exception e) {
            log.error("Job {} run {} failed on shard {}/{}", jobName, runId, shardIndex, shardTotal, e);
            mapper.finish(runId, "FAILED", counts[0], counts[1], StrUtil.sub(e.getClass().getSimpleName() + ": "
                    + e.getMessage(), 0, 500));
            XxlJobHelper.log(e);
            XxlJobHelper.handleFail(e.getClass().getSimpleName());
        }
    }

    /** Marks runs whose heartbeat is older than {@code credit.jobs.stuck-after} as failed; returns how many. */
    @Transactional
    public int failStuckRuns() {
        LocalDateTime before = LocalDateTime.now(clock).minus(props.stuckAfter());
        return mapper.failStuck(before, "no heartbeat since " + before + ": marked failed by the watchdog");
    }

    @Transactional(readOnly = true)
    public PageResult<JobRun> findPage(String jobName, String status, PageQuery page) {
        return new PageResult<>(mapper.findPage(jobName, status, page.offset(), page.size()),
                mapper.count(jobName, status), page);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void insertRun(JobRunMapper.RunInsert insert) {
        mapper.insert(insert);
    }

}
