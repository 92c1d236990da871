package cn.gov.zjg.credit.portal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The public read models of the portal (records the mapper fills by column order). They hold only public fields:
 * never {@code fr_zjhm_enc}, never an identifier of a natural person, and for natural persons only the masked name
 * publication stored. Serializable because page models are cached in Redis.
 */
final class PortalViews {

    private PortalViews() {
    }

    /** A search result or subject reference. */
    record SubjectHit(long id, String uscc, String name, String category, String legalRep) implements Serializable {

        /** The stable address: the credit code when the subject has one, else the internal id. */
        public String path() {
            return "/subjects/" + (uscc != null && !uscc.isBlank() ? uscc : String.valueOf(id));
        }
    }

    /** The basic information of a subject profile. */
    record SubjectProfile(long id, String uscc, String name, String category, String legalRep, String gszc,
            String zzjg, String swdj, String sydw, String shzz, LocalDateTime firstPublishedAt,
            LocalDateTime updatedAt) implements Serializable {
    }

    /** A license in a list. */
    record LicenseItem(long id, String xdrMc, String xdrShxym, String wsh, String xkws, String xklb, String xkjg,
            LocalDate jdrq, long departmentId, Long legalSubjectId) implements Serializable {
    }

    /** A penalty in a list. */
    record PenaltyItem(long id, String xdrMc, String xdrShxym, String wsh, String cflb, String cfjg, LocalDate jdrq,
            LocalDate publicityMaxEnd, long departmentId, Long legalSubjectId) implements Serializable {
    }

    /** Every public field of a license (national standard 2.0, domain.md §1.3), nothing else. */
    record LicenseDetail(long id, String subjectKind, Long legalSubjectId, long departmentId, String xdrMc,
            String xdrLb, String xdrShxym, String xdrGszc, String xdrZzjg, String xdrSwdj, String xdrSydw,
            String xdrShzz, String frdb, String xkws, String wsh, String xklb, String xkzs, String xkbh, String nr,
            LocalDate jdrq, LocalDate yxqz, LocalDate yxqzi, String xkjg, String xkjgdm, String zt, String lydw,
            String lydwdm, String bz, LocalDateTime publishedAt, LocalDateTime statusChangedAt, int version,
            String subjectUscc) implements Serializable {
    }

    /** Every public field of a penalty (national standard 2.0, domain.md §1.4) and its publicity period. */
    record PenaltyDetail(long id, String subjectKind, Long legalSubjectId, long departmentId, String xdrMc,
            String xdrLb, String xdrShxym, String xdrGszc, String xdrZzjg, String xdrSwdj, String xdrSydw,
            String xdrShzz, String frdb, String wsh, String wfxw, String sy, String yj, String cflb, String nr,
            BigDecimal nrFk, BigDecimal nrWfff, String nrZkdx, LocalDate jdrq, LocalDate yxq, LocalDate gsjzq,
            String cfjg, String cfjgdm, String sjly, String sjlydm, String bz, String publicityTier,
            LocalDate publicityMaxEnd, LocalDateTime publishedAt, LocalDateTime statusChangedAt, int version,
            String subjectUscc) implements Serializable {
    }

    /** The home page's headline figures. */
    record HomeFigures(long subjects, long licenses, long penalties, long departments, long redList,
            long blackList) implements Serializable {
    }

    /** A name and a count (statistics). */
    record Count(String label, long count) implements Serializable {
    }

    /** A department id and its public licenses and penalties. */
    record DepartmentCount(long departmentId, long licenses, long penalties) implements Serializable {
    }

    /** The home page model. */
    record Home(HomeFigures figures, List<LicenseItem> latestLicenses, List<PenaltyItem> latestPenalties)
            implements Serializable {
    }

    /** One page of a keyset-paged list: the rows and the cursors of the neighbouring pages (null when none). */
    record Slice<T>(List<T> rows, String previousCursor, String nextCursor) implements Serializable {
    }
}
