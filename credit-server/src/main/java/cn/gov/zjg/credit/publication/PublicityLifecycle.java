package cn.gov.zjg.credit.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.submission.RecordType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle of published records (issue 5; domain.md §3.3, §3.4): at its maximum end date a penalty stops being
 * published (停止公示); a license past its validity, or whose 当前状态 says 无效, becomes 无效. Both stay in the internal
 * databases with their history (decision 9).
 */
@Service
public class PublicityLifecycle {

    static final String ACTOR = "job:publicityLifecycle";
    private static final int CHUNK = 1_000;

    private final LifecycleMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate perChunk;

    PublicityLifecycle(LifecycleMapper mapper, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
        this.perChunk = new TransactionTemplate(transactions);
    }

    /** Runs the lifecycle as of {@code asOf} (today when null) for this shard. */
    public String run(JobRunService.Progress progress, LocalDate asOf) {
        LocalDate today = asOf == null ? LocalDate.now(clock) : asOf;
        int stopped = 0;
        int expired = 0;
        int done;
        do {
            done = withdraw(RecordType.PENALTY, today, progress);
            stopped += done;
            progress.report(stopped, 0);
        } while (done == CHUNK);
        do {
            done = withdraw(RecordType.LICENSE, today, progress);
            expired += done;
            progress.report(stopped + expired, 0);
        } while (done == CHUNK);
        return "as of " + today + ": " + stopped + " penalt(ies) stopped, " + expired + " license(s) invalid";
    }

    private int withdraw(RecordType type, LocalDate today, JobRunService.Progress progress) {
        String published = type == RecordType.PENALTY ? "publicity_penalty" : "publicity_license";
        String toStatus = type == RecordType.PENALTY ? "STOPPED" : "INVALID";
        String action = type == RecordType.PENALTY ? "STOP" : "EXPIRE";
        String reason = type == RecordType.PENALTY ? "publicity maximum end date " + "passed (as of " + today + ")"
                : "validity ended or 当前状态 无效 (as of " + today + ")";
        List<PublicationMapper.ChangedRow> changed = perChunk.execute(tx -> {
            List<Long> ids = type == RecordType.PENALTY
                    ? mapper.lockExpiredPenalties(today, progress.shardIndex(), progress.shardTotal(), CHUNK)
                    : mapper.lockExpiredLicenses(today, progress.shardIndex(), progress.shardTotal(), CHUNK);
            if (ids.isEmpty()) {
                return List.of();
            }
            mapper.insertHistory(type.name(), published, ids, action, "PUBLIC", toStatus, ACTOR, reason);
            mapper.setStatus(published, ids, "PUBLIC", toStatus);
            return mapper.findSubjects(published, ids);
        });
        if (!changed.isEmpty()) {
            events.publishEvent(changedEvent(type, changed));
        }
        return changed.size();
    }

    static PublicityChanged changedEvent(RecordType type, List<PublicationMapper.ChangedRow> rows) {
        Set<Long> subjects = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> records = new HashSet<>();
        for (PublicationMapper.ChangedRow row : rows) {
            records.add(row.recordId());
            if (row.legalSubjectId() != null) {
                subjects.add(row.legalSubjectId());
            }
            if (row.naturalPersonId() != null) {
                persons.add(row.naturalPersonId());
            }
        }
        return type == RecordType.LICENSE ? new PublicityChanged(subjects, persons, records, Set.of())
                : new PublicityChanged(subjects, persons, Set.of(), records);
    }
}
