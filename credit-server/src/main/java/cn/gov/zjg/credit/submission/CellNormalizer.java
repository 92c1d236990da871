package cn.gov.zjg.credit.submission;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.hutool.core.convert.Convert;

/**
 * Normalises one raw value the way a clerk would expect (issue: "cell values are normalised"): stray and invisible
 * spaces, full-width letters and digits in codes, dates written in the usual ways, numbers stored as text, amounts in
 * 万元. A value that cannot be read raises {@link Unreadable} with an error code, never aborting the file.
 */
public final class CellNormalizer {

    /** Dates Excel shows as text, in the forms departments use: 2024/05/01 2024-5-1 2024.5.1 2024年5月1日 20240501. */
    private static final Pattern SEPARATED_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00A0\\u200B\\u200C\\u200D\\uFEFF\\u3000]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private CellNormalizer() {
    }

    /** A value that could not be read; {@code code} names the message {@code submission.error.<code>}. */
    public static final class Unreadable extends Exception {
        private final String code;

        public Unreadable(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Normalises a text value (from a text cell, a CSV field or JSON); blank becomes {@code null}. */
    public static Object normalize(FieldDef field, String raw) throws Unreadable {
        if (raw == null) {
            return null;
        }
        // Every cell of every row passes here: run the regular expressions only on the rare values that need them.
        String text = (hasInvisible(raw) ? INVISIBLE.matcher(raw).replaceAll(" ") : raw).trim();
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> limit(text, field);
            case ENUM -> limit(Convert.toDBC(text).trim(), field);
            case CODE, IDENTIFIER -> limit(withoutSpaces(Convert.toDBC(text)).toUpperCase(Locale.ROOT), field);
            case MULTI_ENUM -> limit(joinKinds(text), field);
            case DATE -> parseDate(Convert.toDBC(text));
            case AMOUNT -> parseAmount(Convert.toDBC(text));
        };
    }

    /** A numeric cell: dates come as {@link LocalDate} already; numbers for codes must keep every digit. */
    public static Object normalizeNumber(FieldDef field, BigDecimal number) throws Unreadable {
        return switch (field.kind()) {
            case AMOUNT -> number.stripTrailingZeros();
            case DATE -> throw new Unreadable("dateNotADate");
            case CODE, IDENTIFIER -> {
                // Excel keeps 15 significant digits: an 18-digit number typed into a number cell has lost its tail.
                if (number.precision() > 15 && number.stripTrailingZeros().scale() <= 0
                        && number.toBigInteger().toString().length() > 15) {
                    yield unreadable("numberLostDigits");
                }
                yield normalize(field, number.stripTrailingZeros().toPlainString());
            }
            default -> normalize(field, number.stripTrailingZeros().toPlainString());
        };
    }

    public static Object normalizeDate(FieldDef field, LocalDate date) throws Unreadable {
        if (field.kind() == FieldKind.DATE) {
            return date;
        }
        return normalize(field, date.toString());
    }

    public static LocalDate parseDate(String text) throws Unreadable {
        Matcher m = SEPARATED_DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                throw new Unreadable("dateUnreadable");
            }
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2099) {
            throw new Unreadable("dateInvalid"); // 2099/12/31 is the long-term convention; nothing lies beyond
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new Unreadable("dateInvalid");
        }
    }

    public static BigDecimal parseAmount(String text) throws Unreadable {
        String value = text.replace(",", "").replace(" ", "");
        if (value.endsWith("万元")) {
            value = value.substring(0, value.length() - 2);
        } else if (value.endsWith("万")) {
            value = value.substring(0, value.length() - 1);
        } else if (value.endsWith("元")) {
            throw new Unreadable("amountInYuan"); // the standard's unit is 万元: 2000 元 is 0.2
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.scale() > 6 || amount.abs().compareTo(new BigDecimal("999999999999")) > 0) {
                throw new Unreadable("amountOutOfRange");
            }
            return amount.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new Unreadable("amountUnreadable");
        }
    }

    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\u00A0', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u3000' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static String withoutSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return WHITESPACE.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    private static String joinKinds(String text) {
        return Arrays.stream(text.split("[;；,，、]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(";"));
    }

    private static String limit(String value, FieldDef field) throws Unreadable {
        if (value.length() > field.stagingWidth()) {
            throw new Unreadable("tooLongForStaging");
        }
        return value;
    }

    private static <T> T unreadable(String code) throws Unreadable {
        throw new Unreadable(code);
    }
}
