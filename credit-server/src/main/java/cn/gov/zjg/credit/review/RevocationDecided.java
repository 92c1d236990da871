package cn.gov.zjg.credit.review;

/**
 * A reviewer's decision on a revocation request ({@code publicity_revocation}); publication withdraws the record when
 * approved. Published inside the deciding transaction.
 */
public record RevocationDecided(long revocationId, boolean approved, String reviewer, String reason) {
}
