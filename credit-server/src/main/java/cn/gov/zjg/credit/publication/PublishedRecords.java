package cn.gov.zjg.credit.publication;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zjg.credit.review.RevocationDecided;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;
import cn.gov.zjg.credit.submission.RecordType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Published records as the center and the departments see them, with their history; revocation (撤销) requests and
 * their withdrawal on approval (domain.md §3.1: within 3 days of the decision being revoked).
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(PublicityProperties.class)
public class PublishedRecords {

    /** L1 art.48: a revoked penalty is withdrawn within 3 days; the request is due 3 days after it is made. */
    static final int REVOCATION_DAYS = 3;

    private final PublishedRecordsMapper mapper;
    private final LifecycleMapper lifecycle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishedRecords(PublishedRecordsMapper mapper, LifecycleMapper lifecycle, ApplicationEventPublisher events,
            Clock clock) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    static String table(RecordType type) {
        return type == RecordType.LICENSE ? "publicity_license" : "publicity_penalty";
    }

    @Transactional(readOnly = true)
    public PageResult<Map<String, Object>> findPage(RecordType type, PublishedQuery query, Long scope,
            PageQuery page) {
        LocalDateTime dayAfter = query.publicOn() == null ? null : query.publicOn().plusDays(1).atStartOfDay();
        return new PageResult<>(mapper.findPage(type.name(), table(type), query, dayAfter, scope, page.offset(),
                page.size()), mapper.count(type.name(), table(type), query, dayAfter, scope), page);
    }

    /** A published record's stored values without its encrypted identifiers; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public Map<String, Object> find(RecordType type, long id, Long scope) {
        Map<String, Object> row = mapper.findById(table(type), id, scope);
        if (row == null) {
            throw new NotFoundException(type + " record " + id);
        }
        Map<String, Object> visible = new LinkedHashMap<>(row);
        visible.keySet().removeIf(column -> column.endsWith("_enc"));
        return visible;
    }

    /** The department's own record with this document number; refused when none or several match. */
    @Transactional(readOnly = true)
    public long idByDocumentNo(RecordType type, long departmentId, String wsh) {
        List<Long> ids = wsh == null || wsh.isBlank() ? List.of()
                : mapper.findIdsByDocumentNo(table(type), departmentId, wsh.strip());
        if (ids.isEmpty()) {
            throw new NotFoundException(type + " record " + wsh);
        }
        if (ids.size() > 1) {
            throw new BusinessRuleException("publicity.api.ambiguousDocumentNo", wsh);
        }
        return ids.get(0);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(RecordType type, long id) {
        return mapper.findHistory(type.name(), id);
    }

    @Transactional(readOnly = true)
    public List<Revocation> revocations(RecordType type, long id) {
        return mapper.findRevocations(type.name(), id);
    }

    @Transactional(readOnly = true)
    public boolean hasPendingCorrection(RecordType type, long id) {
        return mapper.countPendingCorrections(type.stagingTable(), id) > 0;
    }

    /**
     * A department asks to revoke its own published record; a reviewer decides. Refused with a specific reason when
     * the reason is missing, the record is already revoked, or a request is already pending.
     */
    @Transactional
    public long requestRevocation(RecordType type, long id, String reason, long departmentId, String by) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("publicity.revoke.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessRuleException("publicity.revoke.reasonTooLong", 500);
        }
        Map<String, Object> record = find(type, id, departmentId);
        if ("REVOKED".equals(record.get("status"))) {
            throw new BusinessRuleException("publicity.revoke.alreadyRevoked");
        }
        if (mapper.countPendingRevocations(type.name(), id) > 0) {
            throw new BusinessRuleException("publicity.revoke.alreadyPending");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        var insert = new PublishedRecordsMapper.RevocationInsert(type.name(), id, departmentId, reason.strip(), by,
                now, now.plusDays(REVOCATION_DAYS));
        mapper.insertRevocation(insert);
        return insert.getId();
    }

    /** The review module's decision: on approval the record leaves public view (status REVOKED) with history. */
    @EventListener
    public void onRevocationDecided(RevocationDecided decided) {
        if (!decided.approved()) {
            return;
        }
        Revocation revocation = mapper.findRevocation(decided.revocationId());
        if (revocation == null) {
            throw new NotFoundException("revocation " + decided.revocationId());
        }
        RecordType type = RecordType.valueOf(revocation.recordType());
        Map<String, Object> record = mapper.findById(table(type), revocation.recordId(), null);
        if (record == null || mapper.revoke(table(type), revocation.recordId()) == 0) {
            return; // already revoked: nothing changes, no second history row
        }
        mapper.insertRevokeHistory(type.name(), revocation.recordId(), (String) record.get("status"),
                decided.reviewer(), revocation.reason());
        PublicityChanged changed = PublicityLifecycle.changedEvent(type, lifecycle.findSubjects(table(type),
                Set.of(revocation.recordId())));
        afterCommit(() -> events.publishEvent(changed));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
