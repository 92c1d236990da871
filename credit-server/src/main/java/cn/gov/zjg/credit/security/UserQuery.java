package cn.gov.zjg.credit.security;

/**
 * Filters of the user list. {@code scopeDepartmentId} is set by the service from the caller's data scope, never from
 * request input.
 */
public record UserQuery(String keyword, Long departmentId, String roleCode, Boolean enabled, Long scopeDepartmentId) {

    public UserQuery withScope(Long scope) {
        return new UserQuery(keyword, departmentId, roleCode, enabled, scope);
    }
}
