package cn.gov.zjg.credit.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.security.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * Writes staged rows in multi-row inserts of {@link #CHUNK} rows. Identifiers of persons (证件号码) are written only
 * encrypted, with their keyed hash, never in plain text.
 */
@Component
class StagingWriter {

    static final int CHUNK = 500;

    private final SubmissionMapper mapper;
    private final PersonalDataProtection protection;
    private final Map<RecordType, List<String>> columns = new EnumMap<>(RecordType.class);

    StagingWriter(SubmissionMapper mapper, PersonalDataProtection protection) {
        this.mapper = mapper;
        this.protection = protection;
        for (RecordType type : RecordType.values()) {
            columns.put(type, columnsOf(type));
        }
    }

    /** One row's values in the order of the staging columns. */
    record Values(int sourceRow, List<Object> values) {
    }

    void write(Batch batch, List<StagedRow> rows) {
        List<Values> converted = new ArrayList<>(rows.size());
        for (StagedRow row : rows) {
            converted.add(convert(batch.recordType(), row));
        }
        for (int from = 0; from < converted.size(); from += CHUNK) {
            List<Values> chunk = converted.subList(from, Math.min(converted.size(), from + CHUNK));
            mapper.insertStaging(batch.recordType().stagingTable(), columns.get(batch.recordType()), batch.id(),
                    batch.departmentId(), batch.channel(), chunk);
        }
    }

    private Values convert(RecordType type, StagedRow row) {
        List<FieldDef> fields = type.fields();
        List<Object> values = new ArrayList<>(fields.size() + 4);
        for (int i = 0; i < fields.size(); i++) {
            Object value = row.values()[i];
            if (fields.get(i).kind() == FieldKind.IDENTIFIER) {
                String plain = (String) value;
                values.add(protection.encryptText(plain));
                values.add(protection.hash(plain));
            } else {
                values.add(value);
            }
        }
        return new Values(row.sourceRow(), values);
    }

    private static List<String> columnsOf(RecordType type) {
        List<String> result = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            if (field.kind() == FieldKind.IDENTIFIER) {
                result.add(field.column() + "_enc");
                result.add(field.column() + "_hash");
            } else {
                result.add(field.column());
            }
        }
        return List.copyOf(result);
    }
}
