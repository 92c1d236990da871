package cn.gov.zjg.credit.redblack.check;

import java.time.LocalDate;

/** A published entry of a checked subject. */
public record EntryHit(String subjectKey, long id, String kind, long listTypeId, Long listSubtypeId, String typeName,
        String subtypeName, String subjectName, String documentNo, String decidingDept, LocalDate listedOn,
        LocalDate validUntil) {

    public String typeLabel() {
        return subtypeName == null ? typeName : typeName + " / " + subtypeName;
    }
}
