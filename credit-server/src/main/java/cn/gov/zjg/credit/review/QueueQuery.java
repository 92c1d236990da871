package cn.gov.zjg.credit.review;

import cn.gov.zjg.credit.submission.RecordType;

/**
 * Filters of the review queue: department, record type, batch (by number), 行政相对人类别, severity tier (penalties'
 * publicity tier: LIGHT, GENERAL, SERIOUS; selecting one shows penalties only) and age (where the record stands against
 * its 7-working-day deadline).
 */
record QueueQuery(Long departmentId, RecordType recordType, String batchNo, String subjectCategory, String tier,
        Deadline.State age) {

    static final java.util.Set<String> TIERS = java.util.Set.of("LIGHT", "GENERAL", "SERIOUS");

    QueueQuery {
        batchNo = blankToNull(batchNo);
        subjectCategory = blankToNull(subjectCategory);
        tier = tier != null && TIERS.contains(tier) ? tier : null;
    }

    public boolean includesLicenses() {
        return (recordType == null || recordType == RecordType.LICENSE) && tier == null;
    }

    public boolean includesPenalties() {
        return recordType == null || recordType == RecordType.PENALTY;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
