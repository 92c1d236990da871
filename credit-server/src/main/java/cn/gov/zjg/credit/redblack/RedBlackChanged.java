package cn.gov.zjg.credit.redblack;

import java.util.Set;

/**
 * Published after a committed change of what the public sees of the lists (approval, early removal, expiry): the
 * legal subjects whose badges may have changed and the entries concerned. Listeners (the portal's caches) refresh
 * with it, as they do with publication's {@code PublicityChanged}.
 */
public record RedBlackChanged(Set<Long> legalSubjectIds, Set<Long> entryIds) {
}
