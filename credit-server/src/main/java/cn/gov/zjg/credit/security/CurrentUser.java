package cn.gov.zjg.credit.security;

import java.util.Optional;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;

/** The logged-in user of the current request, and the department data scope every query must apply. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserPrincipal> find() {
        Subject subject = SecurityUtils.getSubject();
        if (subject == null || !subject.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(subject.getPrincipals().oneByType(UserPrincipal.class));
    }

    public static UserPrincipal get() {
        return find().orElseThrow(() -> new UnauthenticatedException("not logged in"));
    }

    /**
     * The department id a query must be limited to, or {@code null} for users who see every department. Services
     * pass this into their mapper queries so the scope holds whatever the UI shows.
     */
    public static Long departmentScope() {
        return get().departmentScope();
    }

    public static boolean isPermitted(String permission) {
        Subject subject = SecurityUtils.getSubject();
        return subject != null && subject.isAuthenticated() && subject.isPermitted(permission);
    }
}
