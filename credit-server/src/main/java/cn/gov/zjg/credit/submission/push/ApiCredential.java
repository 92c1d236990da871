package cn.gov.zjg.credit.submission.push;

import java.time.LocalDateTime;

/** A row of {@code api_credential} without its secret: what the console lists. */
record ApiCredential(long id, long departmentId, String accessKey, String status, String createdBy,
        LocalDateTime createdAt, String revokedBy, LocalDateTime revokedAt, String revokeReason,
        LocalDateTime lastUsedAt) {

    static final String ACTIVE = "ACTIVE";
    static final String REVOKED = "REVOKED";

    /** Public for the templates (SpEL calls only public methods). */
    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** The encrypted secret of a credential, for checking a signature. */
    record SigningKey(long id, long departmentId, String accessKey, String status, byte[] secretEnc) {

        boolean active() {
            return ACTIVE.equals(status);
        }
    }

    /** Filters of the console list. */
    record Query(Long departmentId, String status) {
    }
}
