package cn.gov.zjg.credit.subject;

import java.time.LocalDateTime;

/** A legal person, unincorporated organisation or 个体工商户 of the 法人库. */
public record LegalSubject(long id, String subjectKey, String uscc, String name, String category, String legalRep,
        String gszc, String zzjg, String swdj, String sydw, String shzz, LocalDateTime firstPublishedAt,
        LocalDateTime updatedAt) {

    /** The registration numbers other than the credit code, for display. */
    public String otherCodes() {
        return java.util.stream.Stream.of(gszc, zzjg, swdj, sydw, shzz).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
