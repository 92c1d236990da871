package cn.gov.zjg.credit.redblack;

import java.util.EnumMap;
import java.util.Map;

/**
 * An entry as a department sent it, before validation: the text of each field, from a console form, an Excel row
 * ({@code sourceRow} = the sheet's row number) or a push API record ({@code sourceRow} = its index).
 */
public record EntryDraft(int sourceRow, Map<EntryField, String> values) {

    public EntryDraft {
        EnumMap<EntryField, String> copy = new EnumMap<>(EntryField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(field, value.strip());
            }
        });
        values = copy;
    }

    public String get(EntryField field) {
        return values.get(field);
    }
}
