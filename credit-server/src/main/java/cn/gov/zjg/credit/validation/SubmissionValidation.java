package cn.gov.zjg.credit.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.zjg.credit.shared.LockConflicts;
import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.jobs.JobsProperties;
import cn.gov.zjg.credit.submission.ClaimedRecord;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.hutool.core.util.IdUtil;
import cn.hutool.json.JSONUtil;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes staged rows through the rules: claims this shard's rows chunk by chunk, validates each (RecordValidator plus
 * the duplicate rule), stores the problems and the outcome (VALID, WARNED or INVALID) in one transaction per row, and
 * only while it still holds the row's claim, so a row is never validated twice even across crashes and shards.
 */
@Service
public class SubmissionValidation {

    static final int CHUNK = 200;

    private final StagingQueue queue;
    private final RecordValidator validator;
    private final IssueMapper issues;
    private final JobsProperties jobs;
    private final Clock clock;
    private final TransactionTemplate perRow;
    private final PublicityPeriods publicity;

    SubmissionValidation(StagingQueue queue, RecordValidator validator, IssueMapper issues, JobsProperties jobs,
            Clock clock, PlatformTransactionManager transactions, PublicityPeriods publicity) {
        this.publicity = publicity;
        this.queue = queue;
        this.validator = validator;
        this.issues = issues;
        this.jobs = jobs;
        this.clock = clock;
        this.perRow = new TransactionTemplate(transactions);
    }

    /** Validates every pending row of this shard; returns a summary line for the job log. */
    public String validatePending(JobRunService.Progress progress) {
        String token = IdUtil.fastSimpleUUID();
        int processed = 0;
        int invalid = 0;
        for (RecordType type : RecordType.values()) {
            queue.releaseStuck(type, jobs.stuckAfter());
            List<ClaimedRecord> chunk;
            while (!(chunk = claimWithRetry(type, progress, token)).isEmpty()) {
                List<ClaimedRecord> claimed = chunk;
                // One transaction per chunk: a failure rolls the whole chunk back; its claims are released later.
                invalid += LockConflicts.retry(5, () -> perRow.execute(tx -> validateChunk(claimed, token)));
                processed += claimed.size();
                progress.report(processed, invalid);
            }
        }
        return processed + " row(s) validated, " + invalid + " invalid";
    }

    /**
     * Validates a claimed chunk in the caller's transaction: per row the rules, the duplicate lookup and the claim
     * completion; the problems of the chunk's rows are then replaced in two statements (not two per row).
     */
    private int validateChunk(List<ClaimedRecord> chunk, String token) {
        int invalid = 0;
        List<Long> completed = new ArrayList<>(chunk.size());
        List<Issue> found = new ArrayList<>();
        for (ClaimedRecord record : chunk) {
            List<Issue> problems = check(record);
            String status = statusOf(problems);
            if (record.type() == RecordType.PENALTY) {
                recordPublicityPeriod(record, token);
            }
            if (queue.complete(record, token, status)) { // a lost claim: another run owns the row now
                completed.add(record.id());
                found.addAll(problems);
                invalid += "INVALID".equals(status) ? 1 : 0;
            }
        }
        if (!completed.isEmpty()) {
            String type = chunk.get(0).type().name();
            issues.deleteByRows(type, completed);
            for (int from = 0; from < found.size(); from += 500) {
                issues.insertBatch(type, found.subList(from, Math.min(found.size(), from + 500)));
            }
        }
        return invalid;
    }

    private List<ClaimedRecord> claimWithRetry(RecordType type, JobRunService.Progress progress, String token) {
        return LockConflicts.retry(5,
                () -> queue.claim(type, progress.shardIndex(), progress.shardTotal(), CHUNK, token));
    }

    /**
     * Validates one claimed row and stores the outcome, inside the caller's transaction; returns the status, or null
     * if the claim was lost.
     */
    String validateOne(ClaimedRecord record, String token) {
        List<Issue> found = check(record);
        String status = statusOf(found);
        if (record.type() == RecordType.PENALTY) {
            recordPublicityPeriod(record, token);
        }
        if (!queue.complete(record, token, status)) {
            return null; // released as stuck and taken by another run: that run owns it now
        }
        issues.deleteByRows(record.type().name(), List.of(record.id()));
        if (!found.isEmpty()) {
            issues.insertBatch(record.type().name(), found);
        }
        return status;
    }

    /** The rules (with the administrator's severities) and the duplicate rule, for one row. */
    private List<Issue> check(ClaimedRecord record) {
        LocalDate today = LocalDate.now(clock);
        List<Issue> found = new ArrayList<>();
        for (RuleViolation v : validator.validate(record.type(), record.values(), today,
                record.stagedAt().toLocalDate())) {
            found.add(new Issue(record.id(), record.batchId(), record.departmentId(), record.sourceRow(),
                    v.rule().name(), v.fieldCode(), v.severity().name(), v.messageKey(), JSONUtil.toJsonStr(v.args())));
        }
        if (queue.isDuplicate(record)) {
            // domain.md §1.6 rule 7: same 文书号 + 相对人 + 决定日期 earlier in the batch or already accepted
            found.add(new Issue(record.id(), record.batchId(), record.departmentId(), record.sourceRow(), "DUPLICATE",
                    record.type().prefix() + "_WSH", "ERROR", "validation.rule.DUPLICATE", "[]"));
        }
        return found;
    }

    private static String statusOf(List<Issue> found) {
        return found.stream().anyMatch(i -> "ERROR".equals(i.severity())) ? "INVALID"
                : found.isEmpty() ? "VALID" : "WARNED";
    }

    /** domain.md §3.2 and decision 5: the tier from the penalty kinds, the end dates from the rule in force. */
    private void recordPublicityPeriod(ClaimedRecord record, String token) {
        Object decided = record.values().get("CF_JDRQ");
        Object kinds = record.values().get("CF_CFLB");
        Optional<PublicityPeriod> period = decided instanceof LocalDate date
                ? publicity.period(date, null, kinds == null ? List.of() : List.of(kinds.toString().split(";")))
                : Optional.empty();
        queue.setPublicity(record, token, period.map(p -> p.tier().name()).orElse(null),
                period.map(PublicityPeriod::minEnd).orElse(null), period.map(PublicityPeriod::maxEnd).orElse(null),
                period.map(PublicityPeriod::published).orElse(null));
    }

    /** Validates one row claimed outside the job (an online correction) in its own transaction; returns the status. */
    public String revalidate(ClaimedRecord record, String token) {
        return perRow.execute(tx -> validateOne(record, token));
    }

    /** The stored problems of one row. */
    @Transactional(readOnly = true)
    public List<Issue> issuesOfRow(ClaimedRecord record) {
        return issues.findByRow(record.type().name(), record.id());
    }

    /** Field code → Chinese name, for showing problems. */
    public java.util.Map<String, String> fieldNames(RecordType type) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        type.fields().forEach(f -> names.put(f.code(), f.name()));
        return names;
    }

    /** The problems found in a batch, by staging row. */
    @Transactional(readOnly = true)
    public List<Issue> issuesOfBatch(long batchId) {
        return issues.findByBatch(batchId);
    }
}
