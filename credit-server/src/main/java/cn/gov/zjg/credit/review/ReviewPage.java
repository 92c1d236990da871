package cn.gov.zjg.credit.review;

import java.util.List;

/**
 * The review page of one record: what the public will see, the validation warnings and, for a correction, the
 * difference against the published record.
 *
 * @param changes the changed fields of a correction; null when the record is not a correction
 */
record ReviewPage(String recordType, long id, String status, long batchId, String batchNo, String departmentName,
        int sourceRow, boolean naturalPerson, List<Field> publicView, List<Warning> warnings, Long correctsId,
        boolean publishedFound, List<Change> changes, Deadline deadline, Publicity publicity) {

    /** One field as the public will see it (identifiers never; a natural person's name masked). */
    record Field(String code, String name, String value) {
    }

    /** A problem validation found that still let the record through (a warning), in the reader's language. */
    record Warning(String fieldName, String severity, String message) {
    }

    /** A field a correction changes, both values as the public sees them. */
    record Change(String code, String name, String before, String after) {
    }

    /** A penalty's publicity period (domain.md §3.2): tier, end dates, and whether its tier is published at all. */
    record Publicity(String tier, java.time.LocalDate minEnd, java.time.LocalDate maxEnd, Boolean published) {
    }

    public boolean pending() {
        return "VALID".equals(status) || "WARNED".equals(status);
    }
}
