package cn.gov.zjg.credit.validation;

import java.time.LocalDateTime;

import cn.gov.zjg.credit.submission.RecordType;

/**
 * How one rule is applied to one record type: its default severity, the severity in force, and who set it when
 * ({@code null} while the default applies).
 */
public record RuleSetting(RecordType recordType, RuleCode rule, Severity defaultSeverity, Severity severity,
        String updatedBy, LocalDateTime updatedAt) {
}
