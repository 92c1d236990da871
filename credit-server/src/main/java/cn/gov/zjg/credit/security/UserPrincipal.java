package cn.gov.zjg.credit.security;

import java.io.Serializable;

/**
 * Who is logged in, as kept in the (Redis) session. {@code departmentScope} is the department the user's data is
 * limited to, or {@code null} when the user's roles see all departments.
 */
public record UserPrincipal(long id, String username, String displayName, Long departmentId, Long departmentScope)
        implements Serializable {

    public boolean seesAllDepartments() {
        return departmentScope == null;
    }

    @Override
    public String toString() {
        return username;
    }
}
