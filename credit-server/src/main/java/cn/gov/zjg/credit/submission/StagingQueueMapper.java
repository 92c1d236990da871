package cn.gov.zjg.credit.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Claims on staged rows. {@code table} and {@code columns} come only from {@link RecordType}'s catalogue. */
@Mapper
interface StagingQueueMapper {

    int claimNext(@Param("table") String table, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit, @Param("token") String token);

    List<Map<String, Object>> findClaimed(@Param("table") String table, @Param("columns") List<String> columns,
            @Param("token") String token);

    /** A page of a batch's staged rows after {@code afterId} (keyset paging), with status. */
    List<Map<String, Object>> findBatchRows(@Param("table") String table, @Param("columns") List<String> columns,
            @Param("batchId") long batchId, @Param("afterId") long afterId, @Param("limit") int limit);

    List<Map<String, Object>> countByStatus(@Param("table") String table, @Param("batchId") long batchId);

    int complete(@Param("table") String table, @Param("id") long id, @Param("token") String token,
            @Param("status") String status);

    int releaseStuck(@Param("table") String table, @Param("before") LocalDateTime before);

    long countEarlierOrAccepted(@Param("table") String table, @Param("id") long id, @Param("batchId") long batchId,
            @Param("wsh") String wsh, @Param("jdrq") Object jdrq, @Param("shxym") String shxym,
            @Param("zjhmHash") byte[] zjhmHash, @Param("mc") String mc);
}
