package cn.gov.zjg.credit.publication;

import java.util.ArrayList;
import java.util.List;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.FieldKind;
import cn.gov.zjg.credit.submission.RecordType;

/**
 * Which staging columns a published record copies, and the SQL expression that copies each (from the RecordType
 * catalogue: code constants, never request input). The subject's own ID number is never copied (the person is
 * {@code natural_person_id}); the legal representative's stays encrypted; a natural person's name is masked on the way
 * (domain.md decision 8).
 */
final class PublishedColumns {

    /** SQL twin of {@link cn.gov.zjg.credit.shared.Masking#personName}: surname + one star per remaining character. */
    static final String MASKED_NAME_SQL = "concat(left(st.xdr_mc, 1), repeat('*', char_length(st.xdr_mc) - 1))";

    static final String NATURAL = "自然人";

    private PublishedColumns() {
    }

    /** A published column and the expression over staging alias {@code st} that fills it. */
    record Column(String column, String expression) {
    }

    static List<Column> of(RecordType type) {
        List<Column> columns = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            if (field.column().equals("xdr_zjhm")) {
                continue;
            }
            if (field.kind() == FieldKind.IDENTIFIER) {
                columns.add(new Column(field.column() + "_enc", "st." + field.column() + "_enc"));
            } else if (field.column().equals("xdr_mc")) {
                columns.add(new Column("xdr_mc",
                        "case when st.xdr_lb = '" + NATURAL + "' then " + MASKED_NAME_SQL + " else st.xdr_mc end"));
            } else {
                columns.add(new Column(field.column(), "st." + field.column()));
            }
        }
        if (type == RecordType.PENALTY) {
            for (String period : List.of("publicity_tier", "publicity_min_end", "publicity_max_end")) {
                columns.add(new Column(period, "st." + period));
            }
        }
        return List.copyOf(columns);
    }

    /** The columns a public view and a correction's difference compare (no encrypted identifiers). */
    static List<String> comparable(RecordType type) {
        return of(type).stream().map(Column::column).filter(c -> !c.endsWith("_enc")).toList();
    }
}
