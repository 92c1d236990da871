package cn.gov.zjg.credit.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Set-based publication statements ({@code PublicationMapper.xml}). */
@Mapper
interface PublicationMapper {

    int claim(@Param("staging") String staging, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit, @Param("token") String token);

    int insertNameHistory(@Param("staging") String staging, @Param("token") String token);

    int upsertLegalSubjects(@Param("staging") String staging, @Param("token") String token);

    List<PersonRow> findNaturalPersons(@Param("staging") String staging, @Param("token") String token);

    int upsertNaturalPersons(@Param("persons") List<PersonUpsert> persons);

    int insertPublished(@Param("type") String type, @Param("staging") String staging,
            @Param("published") String published, @Param("columns") List<PublishedColumns.Column> columns,
            @Param("token") String token, @Param("today") LocalDate today);

    int insertPublishHistory(@Param("type") String type, @Param("staging") String staging,
            @Param("published") String published, @Param("token") String token);

    List<CorrectionRow> findCorrections(@Param("staging") String staging, @Param("token") String token);

    Map<String, Object> findPublishedValues(@Param("published") String published,
            @Param("comparable") List<String> comparable, @Param("id") long id);

    int applyCorrection(@Param("type") String type, @Param("staging") String staging,
            @Param("published") String published, @Param("columns") List<PublishedColumns.Column> columns,
            @Param("stagingId") long stagingId, @Param("recordId") long recordId, @Param("today") LocalDate today);

    int insertHistory(HistoryInsert history);

    List<ChangedRow> findChanged(@Param("staging") String staging, @Param("published") String published,
            @Param("token") String token);

    int markPublished(@Param("staging") String staging, @Param("published") String published,
            @Param("token") String token);

    /** A natural person's row as staged: the hash and encrypted number, and the name in clear (encrypted on upsert). */
    record PersonRow(byte[] idHash, String idType, byte[] idEnc, String name) {
    }

    record PersonUpsert(byte[] idHash, String idType, byte[] idEnc, byte[] nameEnc, String nameMasked) {
    }

    record CorrectionRow(long stagingId, long recordId, String actor) {
    }

    record ChangedRow(long recordId, Long legalSubjectId, Long naturalPersonId) {
    }

    record HistoryInsert(String type, long recordId, String action, String fromStatus, String toStatus,
            Long stagingId, String actor, String reason, String changesJson) {
    }
}
