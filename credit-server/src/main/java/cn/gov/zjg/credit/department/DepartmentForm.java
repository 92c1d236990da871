package cn.gov.zjg.credit.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create and edit form (one form for both, as in petclinic). */
public record DepartmentForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "{department.form.code.pattern}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 50) String shortName,
        @Pattern(regexp = "|[0-9A-HJ-NPQRTUWXY]{18}", message = "{department.form.creditCode.pattern}") String creditCode,
        int sortOrder,
        boolean enabled) {

    static DepartmentForm empty() {
        return new DepartmentForm("", "", "", "", 0, true);
    }

    static DepartmentForm of(Department d) {
        return new DepartmentForm(d.code(), d.name(), d.shortName(), d.creditCode() == null ? "" : d.creditCode(),
                d.sortOrder(), d.enabled());
    }
}
