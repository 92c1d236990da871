package cn.gov.zjg.credit.review;

/**
 * A reviewer decided a revocation request (撤销, {@code publicity_revocation}). Published inside the deciding
 * transaction, after the request's status was set; publication listens synchronously and, when approved, withdraws the
 * record from public view with its history (行政处罚法 art. 48: within 3 days).
 *
 * @param revocationId {@code publicity_revocation.id}
 * @param approved     true to withdraw the record, false to keep it public
 * @param reviewer     the reviewer's username
 * @param reason       the reviewer's reason (required when rejected, optional when approved)
 */
public record RevocationDecided(long revocationId, boolean approved, String reviewer, String reason) {
}
