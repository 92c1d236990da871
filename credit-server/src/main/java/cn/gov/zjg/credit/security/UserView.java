package cn.gov.zjg.credit.security;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A console user as the user administration pages show it. {@code roleCodes} is the comma-separated list the query
 * aggregates; {@link #roles()} splits it.
 */
public record UserView(long id, String username, String displayName, Long departmentId, boolean enabled,
        LocalDateTime lastLoginAt, String lastLoginIp, LocalDateTime createdAt, String roleCodes) {

    public List<String> roles() {
        return roleCodes == null || roleCodes.isBlank() ? List.of() : Arrays.asList(roleCodes.split(","));
    }
}
