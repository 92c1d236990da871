package cn.gov.zjg.credit.security;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

    @Test
    void acceptsThreeCharacterClassesOfEightOrMore() {
        assertThatCode(() -> PasswordPolicy.check("admin", "Demo@2026")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("admin", "abcdEF12")).doesNotThrowAnyException();
    }

    @Test
    void rejectsShortPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("admin", "Ab1@"))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("security.password.tooShort");
    }

    @Test
    void rejectsTwoCharacterClasses() {
        assertThatThrownBy(() -> PasswordPolicy.check("admin", "abcdefgh123"))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("security.password.tooWeak");
    }

    @Test
    void rejectsTheUsernameAsPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("Clerk.Scjg1", "clerk.scjg1"))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("security.password.sameAsUsername");
    }
}
