package cn.gov.zjg.credit.security;

import cn.gov.zjg.credit.shared.BusinessRuleException;

/**
 * Console passwords: at least 8 characters, with at least three of upper case, lower case, digits and symbols
 * (the usual 等保 level-2 requirement), and not the username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 64) {
            throw new BusinessRuleException("security.password.tooShort", MIN_LENGTH);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new BusinessRuleException("security.password.tooWeak");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessRuleException("security.password.sameAsUsername");
        }
    }
}
