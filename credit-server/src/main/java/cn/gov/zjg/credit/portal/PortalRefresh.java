package cn.gov.zjg.credit.portal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * What the portal does when published data changed: re-index the names of the subjects concerned (those named and
 * those of the changed records) and make every cached page model stale, so a withdrawn record disappears from every
 * page at once, on every node.
 */
@Service
class PortalRefresh {

    private final PortalMapper mapper;
    private final SearchIndex index;
    private final PortalCache cache;

    PortalRefresh(PortalMapper mapper, SearchIndex index, PortalCache cache) {
        this.mapper = mapper;
        this.index = index;
        this.cache = cache;
    }

    void changed(Collection<Long> legalSubjectIds, Collection<Long> licenseIds, Collection<Long> penaltyIds) {
        Set<Long> subjects = new HashSet<>(legalSubjectIds);
        if (!licenseIds.isEmpty()) {
            subjects.addAll(mapper.findSubjectIdsOfLicenses(licenseIds));
        }
        if (!penaltyIds.isEmpty()) {
            subjects.addAll(mapper.findSubjectIdsOfPenalties(penaltyIds));
        }
        try {
            index.reindex(subjects);
        } finally {
            cache.invalidateAll();
        }
    }
}
