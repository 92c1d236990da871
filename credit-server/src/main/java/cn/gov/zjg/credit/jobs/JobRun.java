package cn.gov.zjg.credit.jobs;

import java.time.LocalDateTime;

/** One execution of a job handler on one node and shard (row of {@code job_run}). */
public record JobRun(long id, String jobName, String node, int shardIndex, int shardTotal, String trigger,
        String status, LocalDateTime startedAt, LocalDateTime heartbeatAt, LocalDateTime finishedAt,
        int rowsProcessed, int rowsFailed, String message) {
}
