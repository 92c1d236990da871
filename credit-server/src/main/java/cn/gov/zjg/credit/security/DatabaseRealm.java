package cn.gov.zjg.credit.security;

import java.util.HashSet;
import java.util.List;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Users, roles and permissions from the database. Passwords are verified by {@link PasswordMatcher} against Shiro 2
 * crypt-format hashes (argon2id by default). Roles with data scope {@code DEPARTMENT} limit the principal to the
 * user's own department.
 */
class DatabaseRealm extends AuthorizingRealm {

    private final AccountMapper mapper;
    private final AuthorizationCache cache;

    DatabaseRealm(AccountMapper mapper, PasswordService passwordService, AuthorizationCache cache) {
        this.mapper = mapper;
        this.cache = cache;
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(passwordService);
        setCredentialsMatcher(matcher);
        setAuthorizationCachingEnabled(false); // AuthorizationCache does it, with a TTL
        setAuthenticationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        Account account = mapper.findByUsername(username)
                .orElseThrow(() -> new UnknownAccountException("unknown account"));
        if (!account.enabled()) {
            throw new DisabledAccountException("disabled");
        }
        List<String> roles = mapper.findRoleCodes(account.id());
        boolean departmentScoped = !roles.isEmpty() && mapper.existsDepartmentScopedRole(roles);
        Long scope = departmentScoped ? account.departmentId() : null;
        UserPrincipal principal = new UserPrincipal(account.id(), account.username(), account.displayName(),
                account.departmentId(), scope);
        return new SimpleAuthenticationInfo(principal, account.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        return cache.get(principal.id(), () -> {
            if (mapper.findById(principal.id()).filter(Account::enabled).isEmpty()) {
                // Disabled (or deleted) since login: the open session keeps no permission at all.
                return new SimpleAuthorizationInfo();
            }
            SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(new HashSet<>(mapper.findRoleCodes(principal.id())));
            info.setStringPermissions(new HashSet<>(mapper.findPermissionCodes(principal.id())));
            return info;
        });
    }
}
