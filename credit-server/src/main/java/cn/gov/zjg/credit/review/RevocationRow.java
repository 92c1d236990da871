package cn.gov.zjg.credit.review;

import java.time.LocalDateTime;

/** A pending revocation request (撤销) with the published record it concerns (column order = component order). */
record RevocationRow(long id, String recordType, long recordId, long departmentId, String departmentName,
        String reason, String requestedBy, LocalDateTime requestedAt, LocalDateTime dueAt, String documentNo,
        String subjectName) {
}
