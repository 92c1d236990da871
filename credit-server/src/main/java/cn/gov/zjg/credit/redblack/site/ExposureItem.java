package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;

/**
 * One record of the exposure board (曝光台): a black list entry ({@code ENTRY}) or a serious penalty in publicity
 * ({@code PENALTY}), with its curation (pinned or hidden, and why). Natural persons carry only the masked name.
 */
public record ExposureItem(String recordType, long id, String subjectKind, String subjectName, String code,
        String what, String authority, String documentNo, LocalDate decidedOn, String curation,
        String curationReason) {

    public boolean pinned() {
        return "PIN".equals(curation);
    }

    public boolean hidden() {
        return "HIDE".equals(curation);
    }
}
