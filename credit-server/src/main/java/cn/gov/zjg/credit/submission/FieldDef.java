package cn.gov.zjg.credit.submission;

import java.util.List;

/**
 * One field of the national double-publicity data standard 2.0 (domain.md §1.3, §1.4).
 *
 * @param code        standard code, e.g. {@code XK_XDR_MC}; also the JSON name in the push API
 * @param column      staging column; taken only from this catalogue, so it is safe in SQL
 * @param name        Chinese name exactly as the standard has it: the template header
 * @param kind        how the value is normalised
 * @param maxLength   the standard's maximum length (checked by validation, shown in the template instructions)
 * @param required    Y mandatory, C conditional, N optional
 * @param dictCode    dictionary of allowed values, for enumerated fields
 * @param aliases     other headers accepted on import: the 1.0 codes and names (§1.2) and common variants
 */
public record FieldDef(String code, String column, String name, FieldKind kind, int maxLength, char required,
        String dictCode, List<String> aliases) {

    static FieldDef of(String code, String column, String name, FieldKind kind, int maxLength, char required,
            String... aliases) {
        return new FieldDef(code, column, name, kind, maxLength, required, null, List.of(aliases));
    }

    static FieldDef enumerated(String code, String column, String name, FieldKind kind, int maxLength, char required,
            String dictCode, String... aliases) {
        return new FieldDef(code, column, name, kind, maxLength, required, dictCode, List.of(aliases));
    }

    public boolean mandatory() {
        return required == 'Y';
    }

    /**
     * Characters the staging column holds (sql/V4): codes, enumerations and identifiers 64, other short texts 255, long
     * texts (TEXT columns) 60,000. Longer values become a cell error rather than a failed insert.
     */
    public int stagingWidth() {
        return switch (kind) {
            case CODE, ENUM, IDENTIFIER -> 64;
            case MULTI_ENUM -> 255;
            case TEXT -> maxLength >= 512 ? 60_000 : 255;
            case DATE, AMOUNT -> Integer.MAX_VALUE;
        };
    }

    /** Several source columns may feed this field (1.0 CF_CFLB1 + CF_CFLB2), joined with {@code ;}. */
    public boolean mergesColumns() {
        return kind == FieldKind.MULTI_ENUM;
    }
}
