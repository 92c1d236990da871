package cn.gov.zjg.credit.redblack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EntryMapper {

    void insert(@Param("e") NewEntry entry, @Param("departmentId") long departmentId, @Param("channel") String channel,
            @Param("uploadId") Long uploadId, @Param("by") String by, @Param("key") GeneratedId key);

    void insertHistory(@Param("entryId") long entryId, @Param("action") String action,
            @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus, @Param("actor") String actor,
            @Param("reason") String reason);

    void insertHistories(@Param("ids") Collection<Long> ids, @Param("action") String action,
            @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus, @Param("actor") String actor,
            @Param("reason") String reason);

    /** Active (PENDING or PUBLISHED) entries of these subjects, for the duplicate rule. */
    List<ActiveKey> findActiveKeys(@Param("subjectKeys") Collection<String> subjectKeys);

    Entry findById(@Param("id") long id, @Param("scope") Long scope);

    List<Entry> findPage(@Param("q") EntryQuery query, @Param("scope") Long scope, @Param("offset") int offset,
            @Param("size") int size);

    long count(@Param("q") EntryQuery query, @Param("scope") Long scope);

    List<Entry> findByIds(@Param("ids") Collection<Long> ids);

    /** Locks the rows of {@code ids} still in {@code status}; returns their ids. */
    List<Long> lockInStatus(@Param("ids") Collection<Long> ids, @Param("status") String status,
            @Param("scope") Long scope);

    int createLegalSubjects(@Param("ids") Collection<Long> ids, @Param("category") String category);

    int createNaturalPersons(@Param("ids") Collection<Long> ids);

    int publish(@Param("ids") Collection<Long> ids, @Param("by") String by, @Param("at") LocalDateTime at);

    int reject(@Param("ids") Collection<Long> ids, @Param("by") String by, @Param("reason") String reason,
            @Param("at") LocalDateTime at);

    int remove(@Param("ids") Collection<Long> ids, @Param("reason") String reason, @Param("note") String note,
            @Param("on") LocalDate on, @Param("at") LocalDateTime at);

    /** Locks published entries of this shard whose validity ended before {@code date}. */
    List<Long> lockExpired(@Param("date") LocalDate date, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit);

    List<EntryHistory> findHistory(@Param("entryId") long entryId);

    /** Published entries of one legal subject, newest first (the portal's profile). */
    List<Entry> findPublishedBySubject(@Param("legalSubjectId") long legalSubjectId);

    /** Published entries by kind; natural persons only when {@code natural}. */
    List<KindCount> countPublished(@Param("natural") boolean natural);

    record KindCount(String kind, long entries) {
    }

    /** Published entries' kinds per legal subject (badges). */
    List<SubjectKindRow> findPublishedKinds(@Param("subjectIds") Collection<Long> subjectIds);

    record ActiveKey(long listTypeId, long listSubtypeId, String subjectKey, String documentNo) {
    }

    record SubjectKindRow(long legalSubjectId, String kind) {
    }

    /** Insert parameter; MyBatis writes the generated id back. */
    final class GeneratedId {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }
}
