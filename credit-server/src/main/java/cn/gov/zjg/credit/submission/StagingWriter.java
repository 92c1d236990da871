package cn.gov.zjg.credit.submission;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.security.PersonalDataProtection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes staged rows as JDBC batches of {@link #CHUNK} rows, which the driver sends as multi-row inserts
 * ({@code rewriteBatchedStatements}, application.yml). Identifiers of persons (证件号码) are written only encrypted,
 * with their keyed hash, never in plain text.
 *
 * <p>Why not a MyBatis {@code <foreach>} insert: for 500 rows of 36 columns MyBatis builds and parses an 18,000
 * parameter statement on every call (a regular expression per parameter), which took three quarters of the intake
 * thread's time (docs/benchmarks.md). The statement here is built once per record type, from the field catalogue only.
 */
@Component
class StagingWriter {

    static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final PersonalDataProtection protection;
    private final Map<RecordType, String> inserts = new EnumMap<>(RecordType.class);

    StagingWriter(JdbcTemplate jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
        for (RecordType type : RecordType.values()) {
            inserts.put(type, insertOf(type));
        }
    }

    void write(Batch batch, List<StagedRow> rows) {
        List<FieldDef> fields = batch.recordType().fields();
        jdbc.batchUpdate(inserts.get(batch.recordType()), rows, CHUNK, (ps, row) -> {
            int p = 1;
            ps.setLong(p++, batch.id());
            ps.setLong(p++, batch.departmentId());
            ps.setString(p++, batch.channel().name());
            ps.setInt(p++, row.sourceRow());
            for (int i = 0; i < fields.size(); i++) {
                p = bind(ps, p, fields.get(i), row.values()[i]);
            }
        });
    }

    /** One staging column and the value to write; the column comes from the catalogue. */
    public record ColumnValue(String column, Object value) {
    }

    /** The columns and values of a row for an UPDATE (online correction), identifiers encrypted with their hash. */
    List<ColumnValue> columnValues(RecordType type, StagedRow row) {
        List<ColumnValue> pairs = new ArrayList<>();
        List<FieldDef> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDef field = fields.get(i);
            Object value = row.values()[i];
            if (field.kind() == FieldKind.IDENTIFIER) {
                pairs.add(new ColumnValue(field.column() + "_enc", protection.encryptText((String) value)));
                pairs.add(new ColumnValue(field.column() + "_hash", protection.hash((String) value)));
            } else {
                pairs.add(new ColumnValue(field.column(), value));
            }
        }
        return pairs;
    }

    /** Binds one field from {@code p} on; an identifier takes two parameters (ciphertext, hash). */
    private int bind(PreparedStatement ps, int p, FieldDef field, Object value) throws SQLException {
        if (field.kind() == FieldKind.IDENTIFIER) {
            String plain = (String) value;
            ps.setBytes(p, protection.encryptText(plain));
            ps.setBytes(p + 1, protection.hash(plain));
            return p + 2;
        }
        ps.setObject(p, value); // String, LocalDate or BigDecimal, as CellNormalizer produced it; or null
        return p + 1;
    }

    /** {@code insert into <staging table> (...) values (?, ...)}: table and columns are catalogue constants. */
    private static String insertOf(RecordType type) {
        List<String> columns = new ArrayList<>(List.of("batch_id", "department_id", "channel", "source_row"));
        for (FieldDef field : type.fields()) {
            if (field.kind() == FieldKind.IDENTIFIER) {
                columns.add(field.column() + "_enc");
                columns.add(field.column() + "_hash");
            } else {
                columns.add(field.column());
            }
        }
        return "insert into " + type.stagingTable() + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
