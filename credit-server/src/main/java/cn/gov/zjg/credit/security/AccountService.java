package cn.gov.zjg.credit.security;

import java.time.LocalDateTime;
import java.util.List;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;
import org.apache.shiro.authc.credential.PasswordService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console users: creation, profile, roles, enabling, passwords. Every read of the user list applies the caller's
 * department scope in the query.
 */
@Service
public class AccountService {

    private final AccountMapper mapper;
    private final PasswordService passwordService;
    private final AuthorizationCache authorizationCache;

    AccountService(AccountMapper mapper, PasswordService passwordService, AuthorizationCache authorizationCache) {
        this.mapper = mapper;
        this.passwordService = passwordService;
        this.authorizationCache = authorizationCache;
    }

    /** A page of users, limited to {@code scopeDepartmentId} when it is not null (the caller's data scope). */
    @Transactional(readOnly = true)
    public PageResult<UserView> findPage(UserQuery query, Long scopeDepartmentId, PageQuery page) {
        UserQuery scoped = query.withScope(scopeDepartmentId);
        return new PageResult<>(mapper.findPage(scoped, page.offset(), page.size()), mapper.count(scoped), page);
    }

    @Transactional(readOnly = true)
    public UserView findById(long id, Long scopeDepartmentId) {
        return mapper.findView(id, scopeDepartmentId).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @Transactional(readOnly = true)
    public List<RoleView> roles() {
        return mapper.findRoles();
    }

    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return mapper.countAll() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return mapper.existsByUsername(username);
    }

    /** Creates a user; department-scoped roles (submitters) require a department. */
    @Transactional
    public long create(NewUser user, String createdBy) {
        if (mapper.existsByUsername(user.username())) {
            throw new BusinessRuleException("user.username.taken", user.username());
        }
        requireDepartmentForScopedRoles(user.roleCodes(), user.departmentId());
        PasswordPolicy.check(user.username(), user.password());
        var insert = new AccountMapper.AccountInsert(user.username(), user.displayName(),
                passwordService.encryptPassword(user.password()), user.departmentId(), createdBy);
        mapper.insert(insert);
        mapper.insertRoles(insert.getId(), user.roleCodes());
        return insert.getId();
    }

    @Transactional
    public void update(long id, String displayName, Long departmentId, List<String> roleCodes, String updatedBy) {
        requireAccount(id);
        requireDepartmentForScopedRoles(roleCodes, departmentId);
        mapper.updateProfile(id, displayName, departmentId, updatedBy);
        mapper.deleteRoles(id);
        mapper.insertRoles(id, roleCodes);
        authorizationCache.evict(id);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String updatedBy) {
        requireAccount(id);
        mapper.updateEnabled(id, enabled, updatedBy);
        authorizationCache.evict(id); // a disabled user's open session loses its permissions at once on this node
    }

    @Transactional
    public void resetPassword(long id, String newPassword, String updatedBy) {
        Account account = requireAccount(id);
        PasswordPolicy.check(account.username(), newPassword);
        mapper.updatePassword(id, passwordService.encryptPassword(newPassword), updatedBy);
    }

    /** The logged-in user changes their own password; the current one must be given. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        Account account = requireAccount(id);
        if (!passwordService.passwordsMatch(currentPassword, account.passwordHash())) {
            throw new BusinessRuleException("security.password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessRuleException("security.password.unchanged");
        }
        PasswordPolicy.check(account.username(), newPassword);
        mapper.updatePassword(id, passwordService.encryptPassword(newPassword), account.username());
    }

    /** Remembers when and from where the user last logged in (shown in the user list). */
    @Transactional
    public void recordLogin(long id, LocalDateTime at, String ip) {
        mapper.updateLastLogin(id, at, ip);
    }

    private Account requireAccount(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    private void requireDepartmentForScopedRoles(List<String> roleCodes, Long departmentId) {
        if (roleCodes == null || roleCodes.isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        if (departmentId == null && mapper.existsDepartmentScopedRole(roleCodes)) {
            throw new BusinessRuleException("user.department.requiredForScopedRole");
        }
    }
}
