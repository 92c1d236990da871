package cn.gov.zjg.credit.review;

import java.time.LocalDateTime;

/** An auto-approval policy (row of {@code auto_approval_policy}, column order = component order). */
record Policy(long id, long departmentId, String departmentName, String recordType, String subjectCategory,
        boolean enabled, String createdBy, LocalDateTime createdAt) {
}
