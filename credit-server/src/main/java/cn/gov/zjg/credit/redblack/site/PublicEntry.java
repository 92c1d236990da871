package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;

/**
 * A published entry as the public sees it: for a natural person only the masked name (no identifier at all); for a
 * legal person the name and the 统一社会信用代码.
 */
public record PublicEntry(long id, String kind, String subjectKind, String subjectName, String uscc,
        String listTypeName, String subtypeName, String reason, String legalBasis, String decidingDept,
        String documentNo, LocalDate listedOn, LocalDate validUntil, String removalConditions, long departmentId,
        String sourceUnit) {

    public String typeLabel() {
        return subtypeName == null ? listTypeName : listTypeName + " / " + subtypeName;
    }

    /** The keyset cursor after this entry (list order: listed_on desc, id desc). */
    public String cursor() {
        return listedOn + "_" + id;
    }
}
