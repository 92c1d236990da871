package cn.gov.zjg.credit.redblack;

import java.time.LocalDate;

/**
 * A validated entry, ready to be proposed. For a natural person {@code idEnc}/{@code nameEnc} are encrypted and
 * {@code subjectName} is masked; the plain number and name are not kept.
 */
public record NewEntry(int sourceRow, ListType listType, ListType subtype, SubjectKind subjectKind, String subjectKey,
        String subjectName, byte[] nameEnc, String uscc, String idType, byte[] idEnc, byte[] idHash, String reason,
        String legalBasis, String decidingDept, String decidingDeptCode, String documentNo, LocalDate listedOn,
        LocalDate validUntil, String removalConditions, String sourceUnit) {
}
