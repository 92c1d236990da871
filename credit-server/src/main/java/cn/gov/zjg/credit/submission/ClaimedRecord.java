package cn.gov.zjg.credit.submission;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A staged row taken for validation: where it came from, and its values by standard field code (identifiers of
 * persons decrypted, in memory only).
 */
public record ClaimedRecord(RecordType type, long id, long batchId, long departmentId, int sourceRow,
        LocalDateTime stagedAt, Map<String, Object> values) {
}
