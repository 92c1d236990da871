package cn.gov.zjg.credit.review;

/**
 * What a whole-batch decision would take: the batch's records still waiting for review (VALID or WARNED), and how
 * many of them are natural persons, for the confirmation "批准 1,234 条行政处罚记录（其中自然人 12 条）？".
 */
record BatchSummary(long batchId, String batchNo, String recordType, long departmentId, String departmentName,
        long pending, long naturalPersons) {
}
