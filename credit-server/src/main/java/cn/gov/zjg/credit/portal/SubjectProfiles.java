package cn.gov.zjg.credit.portal;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.zjg.credit.portal.PortalViews.LicenseItem;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyItem;
import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;
import cn.gov.zjg.credit.portal.PortalViews.SubjectProfile;

import org.springframework.stereotype.Service;

/**
 * Subject profiles (主体信用档案): basic information, data update time, and the tabs of licenses (PUBLIC) and penalties
 * in their publicity period. Cached until published data changes.
 */
@Service
class SubjectProfiles {

    static final int TAB_PAGE_SIZE = 20;

    private final PortalMapper mapper;
    private final PortalCache cache;
    private final Clock clock;

    SubjectProfiles(PortalMapper mapper, PortalCache cache, Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.clock = clock;
    }

    /** One tab's page of records and the counts shown on every tab. */
    record Profile(SubjectProfile subject, long licenseCount, long penaltyCount, ArrayList<LicenseItem> licenses,
            ArrayList<PenaltyItem> penalties, int page) implements Serializable {

        public int pages(long count) {
            return (int) Math.max(1, (count + TAB_PAGE_SIZE - 1) / TAB_PAGE_SIZE);
        }
    }

    /** The subject with this credit code, else with this internal id (for subjects without a valid code). */
    Optional<SubjectHit> resolve(String key) {
        String normalised = SubjectSearch.normalise(key);
        if (SubjectSearch.looksLikeCreditCode(normalised)) {
            return mapper.findSubjectByUscc(normalised);
        }
        if (!normalised.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(normalised);
        List<SubjectHit> hits = mapper.findSubjectsByIds(List.of(id));
        return hits.stream().findFirst();
    }

    /** The profile of subject {@code id} with page {@code page} of the chosen tab ({@code licenses} or {@code penalties}). */
    Optional<Profile> profile(long id, String tab, int page) {
        int p = Math.max(1, Math.min(page, 500));
        return Optional.ofNullable(cache.get("profile:" + id + ":" + tab + ":" + p, () -> load(id, tab, p)));
    }

    private Profile load(long id, String tab, int page) {
        SubjectProfile subject = mapper.findProfileById(id).orElse(null);
        if (subject == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        int offset = (page - 1) * TAB_PAGE_SIZE;
        boolean penaltiesTab = "penalties".equals(tab);
        return new Profile(subject, mapper.countLicensesOfSubject(id), mapper.countPenaltiesOfSubject(id, today),
                penaltiesTab ? new ArrayList<>() : new ArrayList<>(mapper.findLicensesOfSubject(id, offset, TAB_PAGE_SIZE)),
                penaltiesTab ? new ArrayList<>(mapper.findPenaltiesOfSubject(id, today, offset, TAB_PAGE_SIZE))
                        : new ArrayList<>(),
                page);
    }
}
