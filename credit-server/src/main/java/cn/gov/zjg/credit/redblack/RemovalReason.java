package cn.gov.zjg.credit.redblack;

/** Why an entry left its list (domain.md §4.3): 期满, 信用修复, 异议成立, 认定决定被撤销. */
public enum RemovalReason {
    EXPIRED, REPAIRED, OBJECTION_UPHELD, DECISION_REVOKED;

    /** The reasons a person can give; expiry is the job's. */
    public static RemovalReason[] early() {
        return new RemovalReason[] {REPAIRED, OBJECTION_UPHELD, DECISION_REVOKED};
    }
}
