package cn.gov.zjg.credit.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.FieldKind;
import cn.gov.zjg.credit.submission.RecordType;

/**
 * What the public sees of a record (domain.md §6, decision 8; contract of publication): identifiers of persons
 * (证件号码, 法定代表人证件号码) never; for a natural person the name as surname + stars. Values as text: dates
 * {@code 2026-05-06}, amounts without trailing zeros.
 */
final class PublicView {

    private PublicView() {
    }

    static boolean isNaturalPerson(RecordType type, Map<String, ?> values) {
        return QueueItem.NATURAL_PERSON.equals(values.get(type.prefix() + "_XDR_LB"));
    }

    /** Field code → public text, in catalogue order; identifier fields are left out. */
    static Map<String, String> of(RecordType type, Map<String, ?> valuesByCode, boolean naturalPerson) {
        Map<String, String> view = new LinkedHashMap<>();
        for (FieldDef field : type.fields()) {
            if (field.kind() == FieldKind.IDENTIFIER) {
                continue; // never public, never on the review page
            }
            String text = text(valuesByCode.get(field.code()));
            if (naturalPerson && field.code().equals(type.prefix() + "_XDR_MC")) {
                text = Masking.personName(text);
            }
            view.put(field.code(), text);
        }
        return view;
    }

    static List<ReviewPage.Field> fields(RecordType type, Map<String, String> view) {
        List<ReviewPage.Field> fields = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            if (view.containsKey(field.code())) {
                fields.add(new ReviewPage.Field(field.code(), field.name(), view.get(field.code())));
            }
        }
        return fields;
    }

    /** The fields whose public text differs between the published record and the correction. */
    static List<ReviewPage.Change> changes(RecordType type, Map<String, String> before, Map<String, String> after) {
        List<ReviewPage.Change> changes = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            if (!after.containsKey(field.code())) {
                continue;
            }
            String old = before.getOrDefault(field.code(), "");
            String now = after.get(field.code());
            if (!old.equals(now)) {
                changes.add(new ReviewPage.Change(field.code(), field.name(), old, now));
            }
        }
        return changes;
    }

    /** The published row's columns (by staging column name) as values by field code. */
    static Map<String, Object> byCode(RecordType type, Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDef field : type.fields()) {
            if (field.kind() != FieldKind.IDENTIFIER && row.get(field.column()) != null) {
                values.put(field.code(), row.get(field.column()));
            }
        }
        return values;
    }

    static List<String> publicColumns(RecordType type) {
        return type.fields().stream().filter(f -> f.kind() != FieldKind.IDENTIFIER).map(FieldDef::column).toList();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.sql.Date date) {
            value = date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
        }
        return value.toString().strip();
    }
}
