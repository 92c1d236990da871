package cn.gov.zjg.credit.user;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create and edit form for a console user. The password is only used when creating. */
record UserForm(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.-]{2,63}", message = "{user.form.username.pattern}") String username,
        @NotBlank @Size(max = 64) String displayName,
        String password,
        Long departmentId,
        @NotEmpty(message = "{user.roles.required}") List<String> roleCodes) {

    static UserForm empty() {
        return new UserForm("", "", "", null, List.of());
    }
}
