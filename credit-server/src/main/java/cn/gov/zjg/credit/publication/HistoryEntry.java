package cn.gov.zjg.credit.publication;

import java.time.LocalDateTime;

/** One state change of a published record (publicity_history). */
public record HistoryEntry(long id, String action, String fromStatus, String toStatus, Long stagingId, String actor,
        String reason, String changesJson, LocalDateTime occurredAt) {
}
