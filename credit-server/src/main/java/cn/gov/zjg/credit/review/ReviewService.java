package cn.gov.zjg.credit.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.gov.zjg.credit.submission.StagingQueue.StagedRecordView;
import cn.gov.zjg.credit.validation.Issue;
import cn.gov.zjg.credit.validation.SubmissionValidation;
import cn.hutool.json.JSONUtil;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' work on validated records: the queue with deadlines, the review page (the public view, warnings, the
 * difference of a correction), and approval or rejection of one record or a whole batch. Every decision is one
 * conditional, set-based update (only rows still VALID or WARNED) plus one {@code review_decision} row per record, so
 * two reviewers never decide the same record twice and a batch of 50,000 rows takes three statements.
 */
@Service
public class ReviewService {

    /** Longest reason: it is kept in review_decision (500) and as a message argument of the problem (JSON, 1,000). */
    static final int MAX_REASON = 300;

    private final ReviewMapper mapper;
    private final StagingQueue staging;
    private final SubmissionValidation validation;
    private final Deadlines deadlines;
    private final MessageSource messages;
    private final Clock clock;

    ReviewService(ReviewMapper mapper, StagingQueue staging, SubmissionValidation validation, Deadlines deadlines,
            MessageSource messages, Clock clock) {
        this.mapper = mapper;
        this.staging = staging;
        this.validation = validation;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    /** A page of records waiting for review, oldest decision first, each with its deadline. */
    @Transactional(readOnly = true)
    public PageResult<QueueItem> queue(QueueQuery query, PageQuery page) {
        if (!query.includesLicenses() && !query.includesPenalties()) {
            return new PageResult<>(List.of(), 0, page); // licenses have no severity tier
        }
        LocalDate overdueBefore = deadlines.overdueBefore();
        LocalDate dueSoonBefore = deadlines.dueSoonBefore();
        List<QueueItem> rows = mapper.findPage(query, overdueBefore, dueSoonBefore, page.offset(), page.size())
                .stream().map(row -> QueueItem.of(row, deadlines.of(row.decidedOn()))).toList();
        return new PageResult<>(rows, mapper.count(query, overdueBefore, dueSoonBefore), page);
    }

    /** The review page of one staging row (any status: a decided row shows its outcome). */
    @Transactional(readOnly = true)
    public ReviewPage page(RecordType type, long id) {
        StagedRecordView row = staging.find(type, id, null);
        Map<String, Object> values = row.record().values();
        boolean natural = PublicView.isNaturalPerson(type, values);
        Map<String, String> view = PublicView.of(type, values, natural);
        Map<String, Object> batch = mapper.findBatchInfo(row.record().batchId());
        Long correctsId = correctsId(type, id);
        Map<String, Object> published = correctsId == null ? null
                : mapper.findPublished(publishedTable(type), PublicView.publicColumns(type), correctsId);
        List<ReviewPage.Change> changes = correctsId == null ? null : published == null ? List.of()
                : PublicView.changes(type, PublicView.of(type, PublicView.byCode(type, published), natural), view);
        Object decided = values.get(type.prefix() + "_JDRQ");
        return new ReviewPage(type.name(), id, row.status(), row.record().batchId(), (String) batch.get("batch_no"),
                (String) batch.get("department_name"), row.record().sourceRow(), natural,
                PublicView.fields(type, view), warnings(type, validation.issuesOfRow(row.record())), correctsId,
                published != null, changes, decided instanceof LocalDate date ? deadlines.of(date) : null,
                type == RecordType.PENALTY ? publicity(id) : null);
    }

    /** Approves one record if it still waits for review; returns 1, or 0 when someone decided it first. */
    @Transactional
    public int approve(RecordType type, long id, String reviewer) {
        return decide(type, id, null, true, reviewer, null);
    }

    /** Rejects one record with a reason: back to the department's failed-row queue; returns 1 or 0 as above. */
    @Transactional
    public int reject(RecordType type, long id, String reviewer, String reason) {
        return decide(type, id, null, false, reviewer, checkedReason(reason));
    }

    /** What a whole-batch decision would take, for the confirmation. */
    @Transactional(readOnly = true)
    public BatchSummary batch(long batchId) {
        BatchSummary summary = mapper.summarizeBatch(batchId);
        if (summary == null) {
            throw new NotFoundException("batch " + batchId);
        }
        return summary;
    }

    /** Approves every record of the batch still waiting for review; returns how many. */
    @Transactional
    public int approveBatch(long batchId, String reviewer) {
        return decide(RecordType.valueOf(batch(batchId).recordType()), null, batchId, true, reviewer, null);
    }

    /** Rejects every record of the batch still waiting for review, with one reason; returns how many. */
    @Transactional
    public int rejectBatch(long batchId, String reviewer, String reason) {
        String checked = checkedReason(reason);
        return decide(RecordType.valueOf(batch(batchId).recordType()), null, batchId, false, reviewer, checked);
    }

    private int decide(RecordType type, Long id, Long batchId, boolean approve, String reviewer, String reason) {
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String status = approve ? "APPROVED" : "INVALID";
        int decided = mapper.decide(type.stagingTable(), id, batchId, status, reviewer, at);
        if (decided == 0) {
            return 0;
        }
        mapper.insertDecisions(type.stagingTable(), type.name(), id, batchId, status, approve ? "APPROVE" : "REJECT",
                reason, reviewer, at);
        if (!approve) {
            mapper.insertRejectionIssues(type.stagingTable(), type.name(), id, batchId,
                    JSONUtil.toJsonStr(List.of(reason)), reviewer, at);
        }
        return decided;
    }

    /** A reason is required to reject (issue 5) and must fit where it is kept. */
    static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("review.reject.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new BusinessRuleException("review.reject.reasonTooLong", MAX_REASON);
        }
        return reason.strip();
    }

    private Long correctsId(RecordType type, long id) {
        return mapper.findCorrectsId(type.stagingTable(), id);
    }

    private ReviewPage.Publicity publicity(long id) {
        Map<String, Object> row = mapper.findPublicity(id);
        if (row == null || row.get("publicity_tier") == null) {
            return null;
        }
        Object published = row.get("publicity_published");
        return new ReviewPage.Publicity((String) row.get("publicity_tier"), date(row.get("publicity_min_end")),
                date(row.get("publicity_max_end")),
                published == null ? null : published instanceof Boolean b ? b : ((Number) published).intValue() == 1);
    }

    private List<ReviewPage.Warning> warnings(RecordType type, List<Issue> issues) {
        Map<String, String> names = new HashMap<>();
        type.fields().forEach(f -> names.put(f.code(), f.name()));
        return issues.stream().map(i -> new ReviewPage.Warning(
                i.fieldCode() == null ? "-" : names.getOrDefault(i.fieldCode(), i.fieldCode()), i.severity(),
                messages.getMessage(i.messageKey(),
                        JSONUtil.parseArray(i.argsJson() == null ? "[]" : i.argsJson()).toArray(), i.messageKey(),
                        LocaleContextHolder.getLocale()))).toList();
    }

    static String publishedTable(RecordType type) {
        return type == RecordType.LICENSE ? "publicity_license" : "publicity_penalty";
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
