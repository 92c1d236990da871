package cn.gov.zjg.credit.portal;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.zjg.credit.publication.PublicityChanged;
import cn.gov.zjg.credit.redblack.RedBlackChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the portal does when published data changed ({@link PublicityChanged}, published after the commit):
 * <ol>
 * <li>at once, in the publisher's thread: make every cached page model stale, so a withdrawn record disappears from
 * every page, on every node, as soon as its change is committed;</li>
 * <li>then, on the portal's own indexing thread, so publication's throughput does not pay for it: re-index the names of
 * the subjects concerned (those named and those of the changed records) and make the cache stale again (a search
 * cached meanwhile is read anew).</li>
 * </ol>
 * A failure here is logged and never undoes or fails the publication; the rebuild job repairs the index (also after
 * a node stopped with changes still queued). When the queue is full the publisher indexes itself (back-pressure).
 */
@Component
class PortalRefresh implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PortalRefresh.class);

    private final PortalMapper mapper;
    private final SearchIndex index;
    private final PortalCache cache;
    private final TransactionTemplate ownTransaction;
    private final ThreadPoolTaskExecutor indexer = new ThreadPoolTaskExecutor();
    private final AtomicInteger pending = new AtomicInteger();

    PortalRefresh(PortalMapper mapper, SearchIndex index, PortalCache cache,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.index = index;
        this.cache = cache;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        indexer.setThreadNamePrefix("portal-index-");
        indexer.setCorePoolSize(1);
        indexer.setMaxPoolSize(1);
        indexer.setQueueCapacity(1000);
        indexer.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        indexer.setWaitForTasksToCompleteOnShutdown(true);
        indexer.setAwaitTerminationSeconds(30);
        indexer.initialize();
    }

    @EventListener
    void onPublicityChanged(PublicityChanged changed) {
        invalidate();
        pending.incrementAndGet();
        indexer.execute(() -> reindex(changed));
    }

    /** The red and black lists changed: the home page's list sizes are cached (badges are read fresh). */
    @EventListener
    void onRedBlackChanged(RedBlackChanged changed) {
        invalidate();
    }

    /** True when no change waits to be indexed (tests wait for it). */
    boolean idle() {
        return pending.get() == 0;
    }

    private void reindex(PublicityChanged changed) {
        try {
            index.reindex(subjectsOf(changed));
        } catch (RuntimeException e) {
            log.error("Portal name index not updated for {} subject(s); run rebuildSubjectNameIndex",
                    changed.legalSubjectIds().size(), e);
        } finally {
            invalidate();
            pending.decrementAndGet();
        }
    }

    private void invalidate() {
        try {
            cache.invalidateAll();
        } catch (RuntimeException e) {
            log.error("Portal cache not invalidated: cached pages may show old data for up to the cache TTL", e);
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

    @Override
    public void destroy() {
        indexer.shutdown();
    }
}
