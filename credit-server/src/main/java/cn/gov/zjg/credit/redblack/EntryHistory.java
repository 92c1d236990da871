package cn.gov.zjg.credit.redblack;

import java.time.LocalDateTime;

/** One change of an entry: who, when, why. */
public record EntryHistory(long id, long entryId, String action, String fromStatus, String toStatus, String actor,
        String reason, LocalDateTime occurredAt) {
}
