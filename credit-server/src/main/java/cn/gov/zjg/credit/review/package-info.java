/**
 * Review (审核) of validated records before they go public (issue 5): the reviewers' queue of {@code VALID} and
 * {@code WARNED} staging rows of both record types with their 7-working-day deadline (domain.md §3.1, decision 7), the
 * review page of one record showing exactly what the public will see (natural persons masked, decision 8) and, for a
 * correction (变更), the field-by-field difference against the published record; approval and rejection of one record
 * or a whole batch (conditional, set-based updates: two reviewers never decide the same row twice); decisions on
 * revocation requests (撤销, within the 3-day limit of 行政处罚法 art. 48), announced as {@link
 * cn.gov.zjg.credit.review.RevocationDecided}; and the administrator's auto-approval policies with {@link
 * cn.gov.zjg.credit.review.AutoApproval}, which the publication job calls first. Natural-person penalties always need a
 * reviewer.
 *
 * <p>Owns tables {@code review_decision} and {@code auto_approval_policy}. For speed (one statement for a batch of
 * tens of thousands of rows) its mapper also reads and updates tables of other features, and only these columns:
 * {@code license_staging} / {@code penalty_staging} (submission: {@code status}, {@code reviewed_by},
 * {@code reviewed_at}), {@code validation_issue} (validation: inserts the {@code REVIEW_REJECTED} problem that puts a
 * rejected row in the department's failed-row queue), {@code submission_batch} and {@code department} (read),
 * {@code publicity_license} / {@code publicity_penalty} (publication: read, for the difference of a correction) and
 * {@code publicity_revocation} (publication creates the requests; review sets {@code status}, {@code decided_by},
 * {@code decided_at}, {@code decision_reason}). Publication depends on this module, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "department",
        "submission", "validation"})
package cn.gov.zjg.credit.review;
