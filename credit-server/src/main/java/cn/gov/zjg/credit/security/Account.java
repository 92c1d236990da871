package cn.gov.zjg.credit.security;

import java.time.LocalDateTime;

/** A console user as stored (row of {@code user_account}); the password hash never leaves this package. */
record Account(long id, String username, String displayName, String passwordHash, Long departmentId,
        boolean enabled, LocalDateTime lastLoginAt) {
}
