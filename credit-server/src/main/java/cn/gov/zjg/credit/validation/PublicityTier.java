package cn.gov.zjg.credit.validation;

/** How serious the misconduct behind a penalty is; sets its publicity period (domain.md §3.2, decision 5). */
public enum PublicityTier {
    /** 轻微 */
    LIGHT("轻微"),
    /** 一般 */
    GENERAL("一般"),
    /** 严重 */
    SERIOUS("严重");

    private final String label;

    PublicityTier(String label) {
        this.label = label;
    }

    /** The Chinese name, as in the 1.x field 失信严重程度. */
    public String label() {
        return label;
    }
}
