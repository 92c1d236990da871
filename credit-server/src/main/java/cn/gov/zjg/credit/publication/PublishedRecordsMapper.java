package cn.gov.zjg.credit.publication;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Console queries of published records, history and revocations ({@code PublishedRecordsMapper.xml}). */
@Mapper
interface PublishedRecordsMapper {

    List<Map<String, Object>> findPage(@Param("type") String type, @Param("published") String published,
            @Param("q") PublishedQuery query, @Param("dayAfter") LocalDateTime dayAfter, @Param("scope") Long scope,
            @Param("offset") int offset, @Param("size") int size);

    long count(@Param("type") String type, @Param("published") String published, @Param("q") PublishedQuery query,
            @Param("dayAfter") LocalDateTime dayAfter, @Param("scope") Long scope);

    Map<String, Object> findById(@Param("published") String published, @Param("id") long id,
            @Param("scope") Long scope);

    List<Long> findIdsByDocumentNo(@Param("published") String published, @Param("departmentId") long departmentId,
            @Param("wsh") String wsh);

    List<HistoryEntry> findHistory(@Param("type") String type, @Param("id") long id);

    List<Revocation> findRevocations(@Param("type") String type, @Param("id") long id);

    Revocation findRevocation(@Param("id") long id);

    long countPendingRevocations(@Param("type") String type, @Param("id") long id);

    int insertRevocation(RevocationInsert insert);

    int revoke(@Param("published") String published, @Param("id") long id);

    int insertRevokeHistory(@Param("type") String type, @Param("id") long id, @Param("fromStatus") String fromStatus,
            @Param("actor") String actor, @Param("reason") String reason);

    long countPendingCorrections(@Param("staging") String staging, @Param("id") long id);

    int markCorrection(@Param("staging") String staging, @Param("batchId") long batchId,
            @Param("recordId") long recordId);

    /** Mutable for the generated key. */
    final class RevocationInsert {
        private Long id;
        private final String type;
        private final long recordId;
        private final long departmentId;
        private final String reason;
        private final String requestedBy;
        private final LocalDateTime requestedAt;
        private final LocalDateTime dueAt;

        RevocationInsert(String type, long recordId, long departmentId, String reason, String requestedBy,
                LocalDateTime requestedAt, LocalDateTime dueAt) {
            this.type = type;
            this.recordId = recordId;
            this.departmentId = departmentId;
            this.reason = reason;
            this.requestedBy = requestedBy;
            this.requestedAt = requestedAt;
            this.dueAt = dueAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getType() {
            return type;
        }

        public long getRecordId() {
            return recordId;
        }

        public long getDepartmentId() {
            return departmentId;
        }

        public String getReason() {
            return reason;
        }

        public String getRequestedBy() {
            return requestedBy;
        }

        public LocalDateTime getRequestedAt() {
            return requestedAt;
        }

        public LocalDateTime getDueAt() {
            return dueAt;
        }
    }
}
