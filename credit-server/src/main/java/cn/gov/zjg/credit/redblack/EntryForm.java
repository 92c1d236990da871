package cn.gov.zjg.credit.redblack;

import java.util.EnumMap;
import java.util.Map;

/**
 * The console form of one entry (issue 7: console intake). Checked by {@link EntryValidator} like Excel rows and push
 * records; its problems become field errors. {@code departmentId} is asked only of users who see all departments.
 */
public record EntryForm(Long departmentId, String subjectKind, String subjectName, String uscc, String idType,
        String idNumber, String listType, String listSubtype, String reason, String legalBasis, String decidingDept,
        String decidingDeptCode, String documentNo, String listedOn, String validUntil, String removalConditions,
        String sourceUnit) {

    static EntryForm empty() {
        return new EntryForm(null, "法人及非法人组织", null, null, EntryValidator.ID_CARD, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    EntryDraft toDraft() {
        Map<EntryField, String> v = new EnumMap<>(EntryField.class);
        put(v, EntryField.SUBJECT_KIND, subjectKind);
        put(v, EntryField.SUBJECT_NAME, subjectName);
        put(v, EntryField.USCC, uscc);
        put(v, EntryField.ID_TYPE, idType);
        put(v, EntryField.ID_NUMBER, idNumber);
        put(v, EntryField.LIST_TYPE, listType);
        put(v, EntryField.LIST_SUBTYPE, listSubtype);
        put(v, EntryField.REASON, reason);
        put(v, EntryField.LEGAL_BASIS, legalBasis);
        put(v, EntryField.DECIDING_DEPT, decidingDept);
        put(v, EntryField.DECIDING_DEPT_CODE, decidingDeptCode);
        put(v, EntryField.DOCUMENT_NO, documentNo);
        put(v, EntryField.LISTED_ON, listedOn);
        put(v, EntryField.VALID_UNTIL, validUntil);
        put(v, EntryField.REMOVAL_CONDITIONS, removalConditions);
        put(v, EntryField.SOURCE_UNIT, sourceUnit);
        return new EntryDraft(0, v);
    }

    /** The form property of a field, for field errors. */
    static String property(EntryField field) {
        return switch (field) {
            case SUBJECT_KIND -> "subjectKind";
            case SUBJECT_NAME -> "subjectName";
            case USCC -> "uscc";
            case ID_TYPE -> "idType";
            case ID_NUMBER -> "idNumber";
            case LIST_TYPE -> "listType";
            case LIST_SUBTYPE -> "listSubtype";
            case REASON -> "reason";
            case LEGAL_BASIS -> "legalBasis";
            case DECIDING_DEPT -> "decidingDept";
            case DECIDING_DEPT_CODE -> "decidingDeptCode";
            case DOCUMENT_NO -> "documentNo";
            case LISTED_ON -> "listedOn";
            case VALID_UNTIL -> "validUntil";
            case REMOVAL_CONDITIONS -> "removalConditions";
            case SOURCE_UNIT -> "sourceUnit";
        };
    }

    private static void put(Map<EntryField, String> values, EntryField field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
