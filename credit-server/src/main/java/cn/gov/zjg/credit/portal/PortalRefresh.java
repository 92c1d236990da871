package cn.gov.zjg.credit.portal;

import java.util.HashSet;
import java.util.Set;

import cn.gov.zjg.credit.publication.PublicityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the portal does when published data changed ({@link PublicityChanged}, published after the commit): re-index
 * the names of the subjects concerned (those named and those of the changed records) and make every cached page model
 * stale, so a withdrawn record disappears from every page at once, on every node. It runs in the publisher's thread;
 * a failure here is logged and never undoes or fails the publication (the rebuild job repairs the index).
 */
@Component
class PortalRefresh {

    private static final Logger log = LoggerFactory.getLogger(PortalRefresh.class);

    private final PortalMapper mapper;
    private final SearchIndex index;
    private final PortalCache cache;
    private final TransactionTemplate ownTransaction;

    PortalRefresh(PortalMapper mapper, SearchIndex index, PortalCache cache,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.index = index;
        this.cache = cache;
        // The event may arrive in an after-commit callback, where the committed transaction's connection is still
        // bound: read in a transaction of our own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    @EventListener
    void onPublicityChanged(PublicityChanged changed) {
        try {
            index.reindex(subjectsOf(changed));
        } catch (RuntimeException e) {
            log.error("Portal name index not updated for {} subject(s); run rebuildSubjectNameIndex",
                    changed.legalSubjectIds().size(), e);
        } finally {
            try {
                cache.invalidateAll();
            } catch (RuntimeException e) {
                log.error("Portal cache not invalidated: cached pages may show old data for up to the cache TTL", e);
            }
        }
    }

    private Set<Long> subjectsOf(PublicityChanged changed) {
        Set<Long> subjects = new HashSet<>(changed.legalSubjectIds());
        ownTransaction.executeWithoutResult(status -> {
            if (!changed.licenseIds().isEmpty()) {
                subjects.addAll(mapper.findSubjectIdsOfLicenses(changed.licenseIds()));
            }
            if (!changed.penaltyIds().isEmpty()) {
                subjects.addAll(mapper.findSubjectIdsOfPenalties(changed.penaltyIds()));
            }
        });
        return subjects;
    }
}
