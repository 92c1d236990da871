/**
 * Audit trail of the console: the operation log ({@link cn.gov.zjg.credit.audit.AuditedOperation} on handlers writes
 * who did what, when, from where, with what outcome) and the login log (from security's login events). Owns tables
 * {@code operation_log} and {@code login_log}; both are append-only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package cn.gov.zjg.credit.audit;
