package cn.gov.zjg.credit.shared;

/**
 * Masks of natural persons' data on every surface outside the subject's own authorised view (domain.md decision 8):
 * ID number as first 6 + {@code ********} + last 4, name as surname + one {@code *} per remaining character.
 * The publication SQL applies the same name mask ({@code PublicationMapper.xml}); a test keeps the two equal.
 */
public final class Masking {

    private static final String EIGHT_STARS = "********";

    private Masking() {
    }

    /** {@code 320582199001011234} → {@code 320582********1234}; shorter numbers keep only their last 4 visible. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String id = idNumber.strip();
        if (id.length() >= 11) {
            return id.substring(0, 6) + EIGHT_STARS + id.substring(id.length() - 4);
        }
        // Too short for the standard pattern (a passport number): never reveal more than the last 4.
        return EIGHT_STARS + id.substring(Math.max(0, id.length() - 4));
    }

    /** {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}: the first character stands for the surname. */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(rest);
    }
}
