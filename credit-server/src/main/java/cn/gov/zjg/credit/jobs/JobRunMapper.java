package cn.gov.zjg.credit.jobs;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface JobRunMapper {

    void insert(RunInsert run);

    void heartbeat(@Param("id") long id, @Param("rowsProcessed") int rowsProcessed,
            @Param("rowsFailed") int rowsFailed);

    void finish(@Param("id") long id, @Param("status") String status, @Param("rowsProcessed") int rowsProcessed,
            @Param("rowsFailed") int rowsFailed, @Param("message") String message);

    int failStuck(@Param("before") LocalDateTime before, @Param("message") String message);

    List<JobRun> findPage(@Param("jobName") String jobName, @Param("status") String status,
            @Param("offset") int offset, @Param("size") int size);

    long count(@Param("jobName") String jobName, @Param("status") String status);

    /** Insert parameter; MyBatis writes the generated id back. */
    final class RunInsert {
        Long id;
        final String jobName;
        final String node;
        final int shardIndex;
        final int shardTotal;
        final String trigger;

        RunInsert(String jobName, String node, int shardIndex, int shardTotal, String trigger) {
            this.jobName = jobName;
            this.node = node;
            this.shardIndex = shardIndex;
            this.shardTotal = shardTotal;
            this.trigger = trigger;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getJobName() { return jobName; }
        public String getNode() { return node; }
        public int getShardIndex() { return shardIndex; }
        public int getShardTotal() { return shardTotal; }
        public String getTrigger() { return trigger; }
    }
}
