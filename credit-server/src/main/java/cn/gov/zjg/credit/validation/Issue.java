package cn.gov.zjg.credit.validation;

/** A stored problem of one staged row (row of {@code validation_issue}). */
public record Issue(long stagingId, long batchId, Long departmentId, int sourceRow, String ruleCode, String fieldCode, String severity,
        String messageKey, String argsJson) {
}
