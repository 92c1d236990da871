package cn.gov.zjg.credit.redblack;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored entry as the console shows it. A natural person's {@code subjectName} is masked; the encrypted number and
 * name are not read here. Enumerations are kept as stored text (MyBatis reads record components by column order).
 */
public record Entry(long id, long departmentId, long listTypeId, Long listSubtypeId, String kind, String subjectKind,
        String subjectKey, String subjectName, String uscc, String idType, Long legalSubjectId, Long naturalPersonId,
        String reason, String legalBasis, String decidingDept, String decidingDeptCode, String documentNo,
        LocalDate listedOn, LocalDate validUntil, String removalConditions, LocalDate removedOn, String removalReason,
        String removalNote, String sourceUnit, String channel, Long uploadId, Integer sourceRow, String status,
        String reviewReason, String reviewedBy, LocalDateTime reviewedAt, LocalDateTime publishedAt, String createdBy,
        LocalDateTime createdAt, LocalDateTime statusChangedAt, int version, String listTypeName,
        String subtypeName) {

    public ListKind listKind() {
        return ListKind.valueOf(kind);
    }

    public EntryStatus entryStatus() {
        return EntryStatus.valueOf(status);
    }

    public boolean natural() {
        return SubjectKind.NATURAL.name().equals(subjectKind);
    }

    /** What a natural person's 证件号码 shows as in the console list: only its type; the number stays encrypted. */
    public String typeLabel() {
        return subtypeName == null ? listTypeName : listTypeName + " / " + subtypeName;
    }
}
