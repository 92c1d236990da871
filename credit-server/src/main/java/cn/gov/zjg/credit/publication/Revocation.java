package cn.gov.zjg.credit.publication;

import java.time.LocalDateTime;

/** A department's request to revoke (撤销) a published record, and the reviewer's decision. */
public record Revocation(long id, String recordType, long recordId, long departmentId, String reason, String status,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime dueAt, String decidedBy, LocalDateTime decidedAt,
        String decisionReason) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
