package cn.gov.zjg.credit.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.hutool.core.convert.Convert;

/**
 * Matches a file's header row to the field catalogue: by Chinese name, standard code or 1.0 alias, in any order,
 * tolerant of spaces, full-width characters, a leading {@code *} (required mark) and parenthesised notes such as
 * （万元） or （必填）.
 */
public final class HeaderMatcher {

    private HeaderMatcher() {
    }

    /** The result of matching one header row against one record type. */
    public record Match(RecordType type, Map<Integer, FieldDef> columns, Map<Integer, String> headers,
            List<FieldDef> missing, Map<FieldDef, List<String>> duplicated, List<String> ignored) {

        public boolean usable() {
            return missing.isEmpty() && duplicated.isEmpty();
        }

        /** How many of the type's mandatory fields were found: used to tell a license file from a penalty file. */
        public int mandatoryFound() {
            return (int) type.mandatoryFields().stream().filter(columns::containsValue).count();
        }
    }

    public static Match match(RecordType type, Map<Integer, String> headerRow) {
        Map<String, FieldDef> byKey = index(type);
        Map<Integer, FieldDef> columns = new TreeMap<>();
        Map<Integer, String> headers = new TreeMap<>();
        Map<FieldDef, List<String>> seen = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        headerRow.forEach((index, header) -> {
            if (header == null || header.isBlank()) {
                return;
            }
            FieldDef field = byKey.get(normalize(header));
            if (field == null) {
                ignored.add(header.trim());
                return;
            }
            columns.put(index, field);
            headers.put(index, header.trim());
            seen.computeIfAbsent(field, f -> new ArrayList<>()).add(header.trim());
        });
        Map<FieldDef, List<String>> duplicated = new LinkedHashMap<>();
        seen.forEach((field, names) -> {
            if (names.size() > 1 && !field.mergesColumns()) {
                duplicated.put(field, names);
            }
        });
        List<FieldDef> missing = type.mandatoryFields().stream().filter(f -> !seen.containsKey(f)).toList();
        return new Match(type, columns, headers, missing, duplicated, ignored);
    }

    /** Header text reduced to what identifies the column. */
    public static String normalize(String header) {
        String text = Convert.toDBC(header).replaceAll("[\\s\\u00A0\\u200B\\uFEFF]", "");
        text = text.replaceAll("\\([^)]*\\)", "").replace("*", "");
        return text.toUpperCase(Locale.ROOT);
    }

    private static Map<String, FieldDef> index(RecordType type) {
        Map<String, FieldDef> byKey = new HashMap<>();
        for (FieldDef field : type.fields()) {
            for (String key : keys(field)) {
                byKey.putIfAbsent(normalize(key), field);
            }
        }
        return byKey;
    }

    private static Set<String> keys(FieldDef field) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(field.name());
        keys.add(field.code());
        keys.addAll(field.aliases());
        return keys;
    }
}
