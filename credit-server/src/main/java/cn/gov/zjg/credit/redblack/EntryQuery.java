package cn.gov.zjg.credit.redblack;

/** Console filters of entries; all optional. */
public record EntryQuery(String status, String kind, Long departmentId, Long listTypeId, String keyword) {

    public static EntryQuery pending(String kind, Long departmentId, Long listTypeId) {
        return new EntryQuery(EntryStatus.PENDING.name(), kind, departmentId, listTypeId, null);
    }
}
