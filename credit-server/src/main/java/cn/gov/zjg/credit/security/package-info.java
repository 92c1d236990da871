/**
 * Security: Apache Shiro configuration, the database realm, console users with their roles and permission strings,
 * Redis-backed sessions, login with captcha and lockout, CSRF protection and the department data scope.
 *
 * <p>Owns tables {@code user_account}, {@code role}, {@code permission}, {@code role_permission}, {@code user_role}.
 * Publishes {@link cn.gov.zjg.credit.security.LoginEvent}s for the audit trail instead of depending on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.gov.zjg.credit.security;
