package cn.gov.zjg.credit.submission.push;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The two console forms of the credential page. */
final class CredentialForms {

    private CredentialForms() {
    }

    /** Issue a credential for a department. */
    record Issue(@NotNull(message = "{submission.credential.departmentRequired}") Long departmentId) {
    }

    /** Revoke a credential; the reason is kept with it. */
    record Revoke(@NotBlank(message = "{submission.credential.revoke.reasonRequired}") @Size(max = 255) String reason) {
    }
}
