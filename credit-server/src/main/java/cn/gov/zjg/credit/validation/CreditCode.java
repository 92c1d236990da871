package cn.gov.zjg.credit.validation;

import java.util.Optional;

import cn.hutool.core.util.CreditCodeUtil;

/**
 * 统一社会信用代码 (GB 32100-2015, domain.md §2.1): 登记管理部门 (1) + 机构类别 (1) + 行政区划 (6 digits) + 主体标识码,
 * i.e. the 组织机构代码 (9) + check character (1), over the 31 characters {@code 0-9 A-H J-N P-R T U W-Y}.
 *
 * <p>Hutool's {@code CreditCodeUtil} is the reference; the check character is also computed here so a message can tell
 * a typo (wrong check character) from a value that is not a credit code at all (wrong format).
 */
public final class CreditCode {

    /** What a 个体工商户 without a credit code reports (§1.6 rule 2). It fails the check (its check character is 0). */
    public static final String INDIVIDUAL_PLACEHOLDER = "00000000000000000X";

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Weight of position i is 3^(i-1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a value is not a credit code. */
    public enum Problem {
        /** Not 18 characters of the code's alphabet in the code's layout. */
        FORMAT,
        /** Well formed, but the 18th character does not match the first 17: usually a mistyped character. */
        CHECK_DIGIT
    }

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Why {@code code} is not a valid credit code, or empty when it is. The placeholder is not valid. */
    public static Optional<Problem> check(String code) {
        if (code == null || !CreditCodeUtil.isCreditCodeSimple(code)) {
            return Optional.of(Problem.FORMAT);
        }
        if (checkChar(code.substring(0, 17)) != code.charAt(17) || !CreditCodeUtil.isCreditCode(code)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    public static boolean isPlaceholder(String code) {
        return INDIVIDUAL_PLACEHOLDER.equals(code);
    }

    /**
     * GB 32100-2015: C18 = 31 − (Σ Ci·Wi mod 31), where 31 stands for 0, mapped back through the alphabet.
     *
     * @param first17 the first 17 characters, all from the alphabet
     */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The credit code, or {@link IllegalArgumentException} naming the problem. */
    public static CreditCode parse(String code) {
        check(code).ifPresent(problem -> {
            throw new IllegalArgumentException("not a credit code (" + problem + ")");
        });
        return new CreditCode(code);
    }

    public String value() {
        return value;
    }

    /** The 主体标识码 (positions 9–17), the subject's 组织机构代码 in machine form. */
    public String orgCode() {
        return value.substring(8, 17);
    }

    /** Whether positions 9–17 pass GB 11714 (§2.1; Hutool does not check this). */
    public boolean hasValidOrgCode() {
        return OrgCode.isValid(orgCode());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
