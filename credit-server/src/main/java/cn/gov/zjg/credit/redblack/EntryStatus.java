package cn.gov.zjg.credit.redblack;

/** PENDING (proposed) → PUBLISHED (approved, public) → REMOVED; PENDING → REJECTED. */
public enum EntryStatus {
    PENDING, REJECTED, PUBLISHED, REMOVED
}
