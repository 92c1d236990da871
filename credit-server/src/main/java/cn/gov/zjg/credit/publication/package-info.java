/**
 * Publication of approved records as double-publicity (双公示) records, the subject databases they link to, and their
 * lifecycle (issue 5). Jobs: {@code publishApproved} (sharded, set-based, idempotent) and {@code publicityLifecycle}
 * (停止公示 at a penalty's maximum end date, 无效 for an expired license). Departments revoke (撤销) or correct (变更)
 * their published records; every state change is kept in {@code publicity_history}. Listeners learn of every committed
 * change through {@link cn.gov.zjg.credit.publication.PublicityChanged}.
 *
 * <p>Owns tables {@code legal_subject}, {@code legal_subject_name_history}, {@code natural_person},
 * {@code publicity_license}, {@code publicity_penalty}, {@code publicity_history}, {@code publicity_revocation}. Moves
 * staging rows (owned by submission) from APPROVED to PUBLISHED.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "submission", "jobs", "audit", "department", "review", "submission::signed-api"})
package cn.gov.zjg.credit.publication;
