package cn.gov.zjg.credit.redblack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an entry (issue 7): proposed by a department, approved (= published and linked to the subject databases)
 * or rejected by a reviewer, removed at expiry by {@code redblackLifecycle} or early with a reason (domain.md §4.3).
 * Every transition writes a history row in the same transaction; batch transitions are set-based and lock the rows
 * first, so two reviewers or two job nodes never transition one entry twice.
 */
@Service
public class EntryService {

    static final int MAX_BATCH = 1000;

    private final EntryMapper mapper;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EntryService(EntryMapper mapper, Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.clock = clock;
        this.events = events;
    }

    /** Who proposes, through which channel (FORM, EXCEL, API) and, for Excel, which upload. */
    public record Proposal(long departmentId, String channel, Long uploadId, String by) {
    }

    /** Result of a proposal: the ids of stored entries and the drafts refused as duplicates of stored entries. */
    public record Proposed(List<Long> ids, List<EntryProblem> duplicates) {
    }

    /**
     * Stores valid entries as PENDING. One already active (pending or published) for the same list, sub-type, subject
     * and document number is refused as a duplicate, with its row.
     */
    @Transactional
    public Proposed propose(Proposal proposal, List<NewEntry> entries) {
        Set<String> active = new HashSet<>();
        List<String> keys = entries.stream().map(NewEntry::subjectKey).distinct().toList();
        for (int from = 0; from < keys.size(); from += MAX_BATCH) {
            mapper.findActiveKeys(keys.subList(from, Math.min(keys.size(), from + MAX_BATCH))).forEach(k -> active
                    .add(k.listTypeId() + "|" + k.listSubtypeId() + "|" + k.subjectKey() + "|" + k.documentNo()));
        }
        List<Long> ids = new ArrayList<>();
        List<EntryProblem> duplicates = new ArrayList<>();
        for (NewEntry entry : entries) {
            if (active.contains(EntryValidator.duplicateKey(entry))) {
                duplicates.add(duplicate(entry));
                continue;
            }
            EntryMapper.GeneratedId key = new EntryMapper.GeneratedId();
            try {
                mapper.insert(entry, proposal.departmentId(), proposal.channel(), proposal.uploadId(), proposal.by(),
                        key);
            } catch (DuplicateKeyException e) { // proposed concurrently by another call
                duplicates.add(duplicate(entry));
                continue;
            }
            mapper.insertHistory(key.getId(), "PROPOSE", null, EntryStatus.PENDING.name(), proposal.by(), null);
            ids.add(key.getId());
        }
        return new Proposed(ids, duplicates);
    }

    private static EntryProblem duplicate(NewEntry entry) {
        return new EntryProblem(entry.sourceRow(), EntryField.DOCUMENT_NO, "redblack.error.duplicate");
    }

    @Transactional(readOnly = true)
    public Entry find(long id, Long scope) {
        Entry entry = mapper.findById(id, scope);
        if (entry == null) {
            throw new NotFoundException("entry " + id);
        }
        return entry;
    }

    @Transactional(readOnly = true)
    public List<Entry> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Transactional(readOnly = true)
    public PageResult<Entry> findPage(EntryQuery query, Long scope, PageQuery page) {
        return new PageResult<>(mapper.findPage(query, scope, page.offset(), page.size()), mapper.count(query, scope),
                page);
    }

    @Transactional(readOnly = true)
    public List<EntryHistory> history(long id) {
        return mapper.findHistory(id);
    }

    /**
     * Approves and publishes the pending entries among {@code ids}: creates absent subjects (legal person by USCC,
     * natural person by ID hash), links the entries to them, marks them PUBLISHED. Returns how many were approved
     * (entries already decided are skipped).
     */
    @Transactional
    public int approve(Collection<Long> ids, String reviewer) {
        List<Long> locked = lock(ids, EntryStatus.PENDING, null);
        if (locked.isEmpty()) {
            return 0;
        }
        mapper.createLegalSubjects(locked, SubjectKeys.LEGAL_CATEGORY);
        mapper.createNaturalPersons(locked);
        int published = mapper.publish(locked, reviewer, now());
        mapper.insertHistories(locked, "APPROVE", EntryStatus.PENDING.name(), EntryStatus.PUBLISHED.name(), reviewer,
                null);
        changed(locked);
        return published;
    }

    /** Rejects the pending entries among {@code ids} with the reviewer's reason; returns how many. */
    @Transactional
    public int reject(Collection<Long> ids, String reviewer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("redblack.review.reasonRequired");
        }
        List<Long> locked = lock(ids, EntryStatus.PENDING, null);
        if (locked.isEmpty()) {
            return 0;
        }
        int rejected = mapper.reject(locked, reviewer, reason.strip(), now());
        mapper.insertHistories(locked, "REJECT", EntryStatus.PENDING.name(), EntryStatus.REJECTED.name(), reviewer,
                reason.strip());
        return rejected;
    }

    /**
     * Removes a published entry early (修复 / 异议成立 / 决定撤销) with a note; {@code scope} limits a department's
     * user to its own entries.
     */
    @Transactional
    public void removeEarly(long id, RemovalReason reason, String note, String by, Long scope) {
        if (reason == null || reason == RemovalReason.EXPIRED) {
            throw new BusinessRuleException("redblack.remove.reasonRequired");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("redblack.remove.noteRequired");
        }
        find(id, scope);
        List<Long> locked = lock(List.of(id), EntryStatus.PUBLISHED, scope);
        if (locked.isEmpty()) {
            throw new BusinessRuleException("redblack.remove.notPublished");
        }
        mapper.remove(locked, reason.name(), note.strip(), LocalDate.now(clock), now());
        mapper.insertHistories(locked, "REMOVE", EntryStatus.PUBLISHED.name(), EntryStatus.REMOVED.name(), by,
                reason.name() + ": " + note.strip());
        changed(locked);
    }

    /**
     * Removes (期满) the published entries of this shard whose validity ended before {@code date}, up to
     * {@code limit}; returns how many. Safe on several nodes: rows are locked and re-checked.
     */
    @Transactional
    public int expire(LocalDate date, int shardIndex, int shardTotal, int limit, String actor) {
        List<Long> locked = mapper.lockExpired(date, shardIndex, shardTotal, limit);
        if (locked.isEmpty()) {
            return 0;
        }
        int removed = mapper.remove(locked, RemovalReason.EXPIRED.name(), null, date, now());
        mapper.insertHistories(locked, "EXPIRE", EntryStatus.PUBLISHED.name(), EntryStatus.REMOVED.name(), actor,
                RemovalReason.EXPIRED.name());
        changed(locked);
        return removed;
    }

    /** Announces the change inside the transaction: cache listeners use {@code @TransactionalEventListener}. */
    private void changed(List<Long> ids) {
        Set<Long> subjects = new HashSet<>();
        mapper.findByIds(ids).forEach(e -> {
            if (e.legalSubjectId() != null) {
                subjects.add(e.legalSubjectId());
            }
        });
        events.publishEvent(new RedBlackChanged(Set.copyOf(subjects), Set.copyOf(ids)));
    }

    private List<Long> lock(Collection<Long> ids, EntryStatus status, Long scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_BATCH) {
            throw new BusinessRuleException("redblack.review.tooMany", MAX_BATCH);
        }
        return mapper.lockInStatus(ids, status.name(), scope);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
