package cn.gov.zjg.credit.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.hutool.core.util.IdcardUtil;

/**
 * 居民身份证号 (GB 11643-1999, domain.md §2.2 and decision 4): strictly 18 characters, 6-digit address, 8-digit birth
 * date, 3-digit sequence, check character 0–9 or upper-case X. The 15-digit form and lower-case x are refused.
 *
 * <p>Hutool's {@code IdcardUtil.isValidCard18(id, false)} is the reference. Its birth-date check only bounds the year
 * (1900 to this year), so a birth date after {@code today} is refused here as well; people born before 1900 cannot be
 * parties to a current decision, so Hutool's lower bound stays. {@link #toString()} is masked.
 */
public final class IdCardNumber {

    private static final Pattern LAYOUT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character by weighted sum mod 11. */
    private static final String CHECK_CHARS = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Why a value is not an ID number; checked in this order. */
    public enum Problem {
        /** Not 17 digits followed by a digit or upper-case X. */
        FORMAT,
        /** The first two digits are no province code. */
        REGION,
        /** Positions 7–14 are not a real date between 1900-01-01 and today. */
        BIRTH_DATE,
        /** The 18th character does not match the first 17: usually a mistyped digit. */
        CHECK_DIGIT
    }

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    /** Why {@code id} is not a valid 18-character ID number on {@code today}, or empty when it is. */
    public static Optional<Problem> check(String id, LocalDate today) {
        if (id == null || !LAYOUT.matcher(id).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        if (IdcardUtil.getProvinceByIdCard(id) == null) {
            return Optional.of(Problem.REGION);
        }
        LocalDate birth = birthDate(id);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (checkChar(id.substring(0, 17)) != id.charAt(17) || !IdcardUtil.isValidCard18(id, false)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** GB 11643: S = Σ Ai·Wi; S mod 11 = 0, 1, 2 … 10 gives 1 0 X 9 8 7 6 5 4 3 2. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The ID number, or {@link IllegalArgumentException} naming the problem (never the number). */
    public static IdCardNumber parse(String id, LocalDate today) {
        check(id, today).ifPresent(problem -> {
            throw new IllegalArgumentException("not an ID number (" + problem + ")");
        });
        return new IdCardNumber(id);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    private static LocalDate birthDate(String id) {
        try {
            return LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdCardNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked as on public pages (decision 8): first 6, eight stars, last 4. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
