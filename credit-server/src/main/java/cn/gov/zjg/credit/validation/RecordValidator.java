package cn.gov.zjg.credit.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.validation.rules.RecordChecks;
import cn.gov.zjg.credit.validation.rules.RecordValues;

import org.springframework.stereotype.Component;

/**
 * Checks one 行政许可 or 行政处罚 record against the rules of issue 4 ({@link RuleCode}) and returns what is wrong
 * with it, at the severities the administrators have set. It neither reads nor writes staging: the validation job
 * passes each staged row in and decides what to do with the result (an error refuses the record, a warning flags it).
 * Thread-safe; reference data is cached, so it suits batches of tens of thousands of rows.
 */
@Component
public class RecordValidator {

    private static final Map<RecordType, Map<String, Integer>> FIELD_ORDER = new EnumMap<>(RecordType.class);

    static {
        for (RecordType type : RecordType.values()) {
            Map<String, Integer> order = new HashMap<>();
            type.fields().forEach(field -> order.put(field.code(), order.size()));
            FIELD_ORDER.put(type, Map.copyOf(order));
        }
    }

    private final ReferenceChecks referenceChecks;
    private final RuleSettingsService settings;

    RecordValidator(ReferenceChecks referenceChecks, RuleSettingsService settings) {
        this.referenceChecks = referenceChecks;
        this.settings = settings;
    }

    /**
     * Validates a record reported {@code today}.
     *
     * @see #validate(RecordType, Map, LocalDate, LocalDate)
     */
    public List<RuleViolation> validate(RecordType type, Map<String, ?> valuesByFieldCode, LocalDate today) {
        return validate(type, valuesByFieldCode, today, today);
    }

    /**
     * Validates one record.
     *
     * @param type              license or penalty
     * @param valuesByFieldCode values keyed by standard code ({@code XK_XDR_MC} ...), normalised as
     *                          {@code CellNormalizer} leaves them: text, codes upper-case half-width, dates as
     *                          {@code LocalDate} (or {@code java.sql.Date}), amounts in 万元 as {@code BigDecimal},
     *                          处罚类别 joined with {@code ;}; identifiers of persons ({@code *_ZJHM}) in plain text.
     *                          Absent and blank values are the same; unknown codes are ignored.
     * @param today             bounds decision dates and the birth dates in ID numbers
     * @param reportedOn        when the department reported the record (the batch date), for the 7-working-day
     *                          deadline; {@code null} skips that rule
     * @return the violations, in the order of the fields; empty when the record passes. Severity OFF rules are left
     *         out. Messages: {@link RuleViolation#messageKey()} with {@link RuleViolation#args()}
     */
    public List<RuleViolation> validate(RecordType type, Map<String, ?> valuesByFieldCode, LocalDate today,
            LocalDate reportedOn) {
        Objects.requireNonNull(today, "today");
        RecordValues record = new RecordValues(type, valuesByFieldCode);
        List<RuleViolation> found = new ArrayList<>(RecordChecks.check(record, today));
        found.addAll(referenceChecks.check(record, reportedOn));
        Map<RuleCode, Severity> severities = settings.severities(type);
        Function<RuleViolation, Severity> severity =
                v -> severities.getOrDefault(v.rule(), v.rule().defaultSeverity());
        Map<String, Integer> order = FIELD_ORDER.get(type);
        return found.stream()
                .filter(v -> severity.apply(v) != Severity.OFF)
                .map(v -> v.withSeverity(severity.apply(v)))
                .sorted(Comparator.comparing((RuleViolation v) -> order.getOrDefault(v.fieldCode(), order.size())))
                .toList();
    }
}
