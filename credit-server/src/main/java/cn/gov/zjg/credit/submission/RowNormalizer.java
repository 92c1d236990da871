package cn.gov.zjg.credit.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one record given as field code → value (the push API's JSON) into a {@link StagedRow}, or into the list of
 * values that could not be read. Shares {@link CellNormalizer} with the Excel path, so both channels read values the
 * same way.
 */
public final class RowNormalizer {

    private RowNormalizer() {
    }

    /** A normalised row, or the reasons it could not be read (then {@code row} is null). */
    public record Result(StagedRow row, List<CellError> errors) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /**
     * @param byCode values keyed by standard code ({@code XK_XDR_MC} ...): strings, numbers or null. Unknown codes are
     *               refused rather than silently dropped, so a misspelt field never loses data.
     */
    public static Result fromFieldCodes(RecordType type, int sourceRow, Map<String, ?> byCode) {
        Map<String, Integer> index = new HashMap<>();
        List<FieldDef> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).code(), i);
        }
        Object[] values = new Object[fields.size()];
        List<CellError> errors = new ArrayList<>();
        byCode.forEach((code, raw) -> {
            Integer i = index.get(code);
            if (i == null) {
                errors.add(new CellError(sourceRow, code, null, "unknownField", null));
                return;
            }
            FieldDef field = fields.get(i);
            try {
                values[i] = raw instanceof Number number
                        ? CellNormalizer.normalizeNumber(field, new BigDecimal(number.toString()))
                        : CellNormalizer.normalize(field, raw == null ? null : raw.toString());
            } catch (CellNormalizer.Unreadable e) {
                errors.add(new CellError(sourceRow, code, code, e.code(), displayValue(field, raw)));
            }
        });
        return errors.isEmpty() ? new Result(new StagedRow(sourceRow, values), List.of()) : new Result(null, errors);
    }

    /** What an error receipt may show of a raw value: identifiers of persons are masked. */
    public static String displayValue(FieldDef field, Object raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.toString();
        if (field.kind() == FieldKind.IDENTIFIER) {
            return text.length() <= 4 ? "****" : "*".repeat(text.length() - 4) + text.substring(text.length() - 4);
        }
        return text.length() > 255 ? text.substring(0, 255) : text;
    }
}
