package cn.gov.zjg.credit.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 组织机构代码 (GB 11714-1997, domain.md §2.3): 8 body characters (0–9, A–Z with A = 10 … Z = 35) and a check
 * character, written {@code XXXXXXXX-X} or without the hyphen. Hutool has no validator for it.
 */
public final class OrgCode {

    private static final Pattern LAYOUT = Pattern.compile("[0-9A-Z]{8}-?[0-9X]");
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a value is not an organisation code. */
    public enum Problem {
        /** Not 8 digits or upper-case letters, an optional hyphen and a digit or X. */
        FORMAT,
        /** Well formed, but the check character does not match the body. */
        CHECK_DIGIT
    }

    private OrgCode() {
    }

    /** Why {@code code} is not a valid organisation code (with or without hyphen), or empty when it is. */
    public static Optional<Problem> check(String code) {
        if (code == null || !LAYOUT.matcher(code).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        String machine = machineForm(code);
        return checkChar(machine.substring(0, 8)) == machine.charAt(8)
                ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The code without its hyphen, as it is embedded in a credit code. */
    public static String machineForm(String code) {
        return code.replace("-", "");
    }

    /**
     * GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11) with weights 3, 7, 9, 10, 5, 8, 4, 2; 10 is written X and 11 is 0.
     *
     * @param body the 8 body characters
     */
    public static char checkChar(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
