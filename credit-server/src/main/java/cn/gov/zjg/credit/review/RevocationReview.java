package cn.gov.zjg.credit.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on revocation requests (撤销) that departments filed through publication: the pending requests by due
 * time (行政处罚法 art. 48: withdrawn within 3 days), and approve or reject (a reason is required to reject). The
 * request's status is set conditionally (only PENDING), a {@code review_decision} row is written, and
 * {@link RevocationDecided} is published in the same transaction, so publication withdraws the record atomically.
 */
@Service
public class RevocationReview {

    /** A request due within this many hours stands out as nearing its limit. */
    static final long DUE_SOON_HOURS = 24;

    private final ReviewMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationReview(ReviewMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /** The pending requests, the earliest due first. */
    @Transactional(readOnly = true)
    public PageResult<RevocationRow> pending(PageQuery page) {
        return new PageResult<>(mapper.findPendingRevocations(page.offset(), page.size()),
                mapper.countPendingRevocations(), page);
    }

    @Transactional(readOnly = true)
    public RevocationRow find(long id) {
        RevocationRow row = mapper.findRevocation(id);
        if (row == null) {
            throw new NotFoundException("revocation " + id);
        }
        return row;
    }

    /**
     * Decides a pending request; returns false when it was no longer pending (decided by someone else first).
     * Rejecting requires a reason.
     */
    @Transactional
    public boolean decide(long id, boolean approve, String reviewer, String reason) {
        find(id);
        String checked = approve ? optional(reason) : ReviewService.checkedReason(reason);
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (mapper.decideRevocation(id, approve ? "APPROVED" : "REJECTED", reviewer, at, checked) == 0) {
            return false;
        }
        mapper.insertRevocationDecision(id, approve ? "APPROVE" : "REJECT", checked, reviewer, at);
        events.publishEvent(new RevocationDecided(id, approve, reviewer, checked));
        return true;
    }

    /** Deadline state of a request now: OVERDUE, DUE_SOON (within a day) or ON_TIME. */
    Deadline.State state(RevocationRow row) {
        LocalDateTime now = LocalDateTime.now(clock);
        return row.dueAt().isBefore(now) ? Deadline.State.OVERDUE
                : row.dueAt().isBefore(now.plusHours(DUE_SOON_HOURS)) ? Deadline.State.DUE_SOON
                : Deadline.State.ON_TIME;
    }

    private static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > ReviewService.MAX_REASON) {
            throw new BusinessRuleException("review.reject.reasonTooLong", ReviewService.MAX_REASON);
        }
        return reason.strip();
    }
}
