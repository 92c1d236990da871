package cn.gov.zjg.credit.submission;

/**
 * One record ready for staging: normalised values aligned with {@link RecordType#fields()} (identifiers still in
 * plain text here; {@link StagingWriter} encrypts them on the way to the table).
 */
public record StagedRow(int sourceRow, Object[] values) {
}
