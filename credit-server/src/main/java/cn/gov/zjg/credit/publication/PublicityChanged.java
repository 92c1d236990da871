package cn.gov.zjg.credit.publication;

import java.util.Set;

/**
 * Published after every committed change of published records or subjects (publication, correction, revocation,
 * lifecycle): listeners drop cached pages and refresh search indexes of these subjects and records.
 */
public record PublicityChanged(Set<Long> legalSubjectIds, Set<Long> naturalPersonIds, Set<Long> licenseIds,
        Set<Long> penaltyIds) {

    public boolean isEmpty() {
        return legalSubjectIds.isEmpty() && naturalPersonIds.isEmpty() && licenseIds.isEmpty()
                && penaltyIds.isEmpty();
    }
}
