package cn.gov.zjg.credit.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;

/**
 * One record as the rules read it: values keyed by standard code, as {@code CellNormalizer} leaves them (text trimmed,
 * codes upper-case half-width, dates as {@link LocalDate}, amounts as {@link BigDecimal}, 处罚类别 joined with
 * {@code ;}). Also accepts what a mapper returns for a staging row ({@code java.sql.Date}, other numbers). Rules name
 * fields by the part after the prefix ({@code XDR_LB} is {@code XK_XDR_LB} or {@code CF_XDR_LB}).
 */
public final class RecordValues {

    private final RecordType type;
    private final Map<String, ?> values;
    private final Map<String, FieldDef> fields;

    public RecordValues(RecordType type, Map<String, ?> valuesByFieldCode) {
        this.type = type;
        this.values = valuesByFieldCode;
        this.fields = type.fields().stream().collect(Collectors.toMap(FieldDef::code, Function.identity()));
    }

    public RecordType type() {
        return type;
    }

    /** The standard code of a field of this type: {@code XDR_LB} becomes {@code XK_XDR_LB}; {@code BZ} stays. */
    public String code(String suffix) {
        String code = type.prefix() + "_" + suffix;
        return fields.containsKey(code) ? code : suffix;
    }

    public FieldDef field(String code) {
        FieldDef field = fields.get(code);
        if (field == null) {
            throw new IllegalArgumentException("no field " + code + " in " + type);
        }
        return field;
    }

    /** The Chinese name of the field, as the template header has it: used in messages. */
    public String name(String code) {
        return field(code).name();
    }

    /** Trimmed text, or null when absent or blank. */
    public String text(String code) {
        Object value = values.get(field(code).code());
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public boolean isBlank(String code) {
        return text(code) == null;
    }

    public LocalDate date(String code) {
        Object value = values.get(field(code).code());
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    public BigDecimal amount(String code) {
        Object value = values.get(field(code).code());
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** The values of a multi-valued field ({@code ;}-separated, decision 3), without blanks. */
    public List<String> values(String code) {
        String text = text(code);
        return text == null ? List.of()
                : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
