package cn.gov.zjg.credit.submission;

import java.time.LocalDateTime;

/** A submission batch (row of {@code submission_batch}). */
public record Batch(long id, String batchNo, long departmentId, RecordType recordType, Channel channel,
        BatchStatus status, String fileName, String fileFormat, Long fileSize, String fileSha256, String sheetName,
        Integer rowsTotal, int rowsRead, int rowsStaged, int rowsFailed, String failureReason, String idempotencyKey,
        String createdBy, LocalDateTime createdAt, LocalDateTime finishedAt) {

    /** Reconciliation: every row read is accounted for. */
    public boolean reconciled() {
        return rowsRead == rowsStaged + rowsFailed;
    }

    /** Percentage for the progress bar (approximate while reading; 100 when done). */
    public int percent() {
        if (status != BatchStatus.READING) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal <= 0) {
            return 0;
        }
        return Math.min(99, (int) (100L * rowsRead / rowsTotal));
    }
}
