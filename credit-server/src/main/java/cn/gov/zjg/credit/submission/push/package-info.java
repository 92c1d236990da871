/**
 * The push API of the submission feature (issue 3, system-to-system intake): {@code POST /api/v1/licenses} and
 * {@code POST /api/v1/penalties}, the departments' API credentials and their console page.
 *
 * <p>A call passes, in this order: content type and body size ({@link cn.gov.zjg.credit.submission.push.PushRequest},
 * read by hand so no unbounded body is buffered), signature (HMAC-SHA256 with the credential's secret over method,
 * path, timestamp, nonce and body hash; stale timestamps and replayed nonces refused), the department's rate limit
 * (Bucket4j buckets in the application's Redis), the idempotency key, and only then JSON parsing. Records are read
 * with {@link cn.gov.zjg.credit.submission.RowNormalizer#fromFieldCodes} and staged like Excel rows, in one
 * transaction together with the response, so a retry with the same {@code Idempotency-Key} gets that response
 * verbatim. See docs/push-api.md.
 *
 * <p>Owns tables {@code api_credential} and {@code push_response}; Redis keys {@code credit:push:nonce:*} and
 * {@code credit:push:rate:*}. Part of the {@code submission} module (same allowed dependencies).
 */
package cn.gov.zjg.credit.submission.push;
