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

    List<Map<String, Object>> findByStatus(@Param("table") String table, @Param("columns") List<String> columns,
            @Param("status") String status, @Param("scope") Long scopeDepartmentId, @Param("offset") int offset,
            @Param("size") int size);

    long countByStatusInScope(@Param("table") String table, @Param("status") String status,
            @Param("scope") Long scopeDepartmentId);

    List<Map<String, Object>> findRow(@Param("table") String table, @Param("columns") List<String> columns,
            @Param("id") long id, @Param("scope") Long scopeDepartmentId);

    int replaceValues(@Param("table") String table, @Param("pairs") List<StagingWriter.ColumnValue> pairs,
            @Param("id") long id, @Param("by") String by);

    int ignore(@Param("table") String table, @Param("id") long id, @Param("reason") String reason,
            @Param("by") String by);

    int claimRow(@Param("table") String table, @Param("id") long id, @Param("token") String token);

    int setPublicity(@Param("id") long id, @Param("token") String token, @Param("tier") String tier,
            @Param("minEnd") java.time.LocalDate minEnd, @Param("maxEnd") java.time.LocalDate maxEnd,
            @Param("published") Boolean published);

    List<Map<String, Object>> countByDepartmentAndStatus(@Param("table") String table, @Param("scope") Long scope);

    int complete(@Param("table") String table, @Param("id") long id, @Param("token") String token,
            @Param("status") String status);

    int releaseStuck(@Param("table") String table, @Param("before") LocalDateTime before);

    long countEarlierOrAccepted(@Param("table") String table, @Param("id") long id, @Param("batchId") long batchId,
            @Param("wsh") String wsh, @Param("jdrq") Object jdrq, @Param("shxym") String shxym,
            @Param("zjhmHash") byte[] zjhmHash, @Param("mc") String mc);
}
