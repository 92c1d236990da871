package cn.gov.zjg.credit.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of the review queue and of the decisions. {@code table}, {@code publishedTable} and {@code columns} come only
 * from {@link cn.gov.zjg.credit.submission.RecordType}'s catalogue, {@code recordType} is LICENSE or PENALTY.
 */
@Mapper
interface ReviewMapper {

    List<QueueRow> findPage(@Param("q") QueueQuery query, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("dueSoonBefore") LocalDate dueSoonBefore, @Param("offset") int offset, @Param("size") int size);

    long count(@Param("q") QueueQuery query, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("dueSoonBefore") LocalDate dueSoonBefore);

    /** The published record a staging row corrects (变更), or null. */
    Long findCorrectsId(@Param("table") String table, @Param("id") long id);

    /** A penalty's publicity period as validation recorded it (tier, end dates, published flag). */
    Map<String, Object> findPublicity(@Param("id") long stagingId);

    /** The batch number and department name of a staging row's batch. */
    Map<String, Object> findBatchInfo(@Param("batchId") long batchId);

    /** The published record a correction replaces, by its public columns (never an identifier). */
    Map<String, Object> findPublished(@Param("publishedTable") String publishedTable,
            @Param("columns") List<String> columns, @Param("id") long id);

    /** Decides one row or a whole batch, only rows still VALID/WARNED; returns how many were decided. */
    int decide(@Param("table") String table, @Param("id") Long id, @Param("batchId") Long batchId,
            @Param("status") String status, @Param("by") String by, @Param("at") LocalDateTime at);

    int insertDecisions(@Param("table") String table, @Param("recordType") String recordType, @Param("id") Long id,
            @Param("batchId") Long batchId, @Param("status") String status, @Param("decision") String decision,
            @Param("reason") String reason, @Param("by") String by, @Param("at") LocalDateTime at);

    /** The REVIEW_REJECTED problem of every row just rejected, so they appear in the failed-row queue. */
    int insertRejectionIssues(@Param("table") String table, @Param("recordType") String recordType,
            @Param("id") Long id, @Param("batchId") Long batchId, @Param("argsJson") String argsJson,
            @Param("by") String by, @Param("at") LocalDateTime at);

    BatchSummary summarizeBatch(@Param("batchId") long batchId);

    List<RevocationRow> findPendingRevocations(@Param("offset") int offset, @Param("size") int size);

    long countPendingRevocations();

    RevocationRow findRevocation(@Param("id") long id);

    int decideRevocation(@Param("id") long id, @Param("status") String status, @Param("by") String by,
            @Param("at") LocalDateTime at, @Param("reason") String reason);

    int insertRevocationDecision(@Param("id") long id, @Param("decision") String decision,
            @Param("reason") String reason, @Param("by") String by, @Param("at") LocalDateTime at);

    List<Policy> findPolicies();

    boolean existsPolicy(@Param("departmentId") long departmentId, @Param("recordType") String recordType,
            @Param("subjectCategory") String subjectCategory);

    int insertPolicy(@Param("departmentId") long departmentId, @Param("recordType") String recordType,
            @Param("subjectCategory") String subjectCategory, @Param("by") String by);

    int updatePolicyEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    int deletePolicy(@Param("id") long id);

    /** Ids of this shard's rows that an enabled policy covers, after {@code afterId} (keyset). */
    List<Long> findEligible(@Param("table") String table, @Param("recordType") String recordType,
            @Param("shardIndex") int shardIndex, @Param("shardTotal") int shardTotal, @Param("afterId") long afterId,
            @Param("limit") int limit);

    int approveByPolicy(@Param("table") String table, @Param("recordType") String recordType,
            @Param("ids") List<Long> ids, @Param("at") LocalDateTime at);

    int insertPolicyDecisions(@Param("table") String table, @Param("recordType") String recordType,
            @Param("ids") List<Long> ids, @Param("at") LocalDateTime at);
}
