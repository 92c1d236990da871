package cn.gov.zjg.credit.submission;

/** Where a record of a batch was staged: its source row (or index in an API call) and its staging row id. */
public record StagedId(int sourceRow, long id) {
}
