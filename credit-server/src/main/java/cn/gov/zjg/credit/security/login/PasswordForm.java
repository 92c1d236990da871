package cn.gov.zjg.credit.security.login;

import jakarta.validation.constraints.NotBlank;

/** Change-password form; the policy itself is checked by the account service. */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
