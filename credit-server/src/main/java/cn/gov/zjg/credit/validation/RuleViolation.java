package cn.gov.zjg.credit.validation;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule in one record: the rule, the field it concerns (standard code, e.g. {@code CF_NR_FK}), its
 * severity (after the administrator's settings), and the message to show: {@code messageKey} with {@code args}.
 * Arguments are plain strings (field names, dates as {@code yyyy-MM-dd}, amounts), ready to persist; they never hold an
 * identifier of a person.
 */
public record RuleViolation(RuleCode rule, String fieldCode, Severity severity, String messageKey, List<String> args) {

    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageKey, "messageKey");
        if (severity == null || severity == Severity.OFF) {
            throw new IllegalArgumentException("a violation is an error or a warning");
        }
        args = List.copyOf(args);
    }

    /** A violation of {@code rule} at its default severity. */
    public static RuleViolation of(RuleCode rule, String fieldCode, String detail, List<String> args) {
        return new RuleViolation(rule, fieldCode, rule.defaultSeverity(), rule.messageKey(detail), args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The arguments as {@code MessageSource} takes them. */
    public Object[] messageArgs() {
        return args.toArray();
    }

    RuleViolation withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this : new RuleViolation(rule, fieldCode, newSeverity, messageKey, args);
    }
}
