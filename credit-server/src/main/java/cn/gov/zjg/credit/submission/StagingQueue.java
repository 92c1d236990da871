package cn.gov.zjg.credit.submission;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.security.PersonalDataProtection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staged rows as a work queue for the validation job, safe on many nodes and shards: rows are claimed atomically
 * (one status update that stamps the run's token), completed only by their claim holder,
 * and released when its claim is older than a timeout, so a re-run after a crash finishes the work and never
 * completes a row twice.
 */
@Service
public class StagingQueue {

    private final StagingQueueMapper mapper;
    private final PersonalDataProtection protection;
    private final Clock clock;
    private final StagingWriter writer;
    private final Map<RecordType, List<String>> columns = new EnumMap<>(RecordType.class);

    StagingQueue(StagingQueueMapper mapper, PersonalDataProtection protection, Clock clock, StagingWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
        this.protection = protection;
        this.clock = clock;
        for (RecordType type : RecordType.values()) {
            List<String> list = new ArrayList<>();
            for (FieldDef field : type.fields()) {
                list.add(field.kind() == FieldKind.IDENTIFIER ? field.column() + "_enc" : field.column());
            }
            columns.put(type, List.copyOf(list));
        }
    }

    /**
     * Claims up to {@code limit} rows of shard {@code shardIndex}/{@code shardTotal} for {@code token}. READ COMMITTED
     * keeps InnoDB from holding locks on the rows of other shards it scans past.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<ClaimedRecord> claim(RecordType type, int shardIndex, int shardTotal, int limit, String token) {
        if (mapper.claimNext(type.stagingTable(), shardIndex, shardTotal, limit, token) == 0) {
            return List.of();
        }
        List<ClaimedRecord> records = new ArrayList<>(limit);
        for (Map<String, Object> row : mapper.findClaimed(type.stagingTable(), columns.get(type), token)) {
            records.add(toRecord(type, row));
        }
        return records;
    }

    /**
     * Every staged row of a batch, in row order, a page at a time (keyset paging, constant memory); identifiers are
     * decrypted for the consumer only. Used for receipts.
     */
    @Transactional(readOnly = true)
    public void forEachRow(Batch batch, java.util.function.Consumer<StagedRecordView> consumer) {
        RecordType type = batch.recordType();
        long afterId = 0;
        List<Map<String, Object>> page;
        do {
            page = mapper.findBatchRows(type.stagingTable(), columns.get(type), batch.id(), afterId, 1000);
            for (Map<String, Object> row : page) {
                ClaimedRecord record = toRecord(type, row);
                consumer.accept(new StagedRecordView(record, (String) row.get("status")));
                afterId = record.id();
            }
        } while (page.size() == 1000);
    }

    /** Rows of a batch by status (STAGED, VALIDATING, VALID, WARNED, INVALID). */
    @Transactional(readOnly = true)
    public Map<String, Long> countByStatus(Batch batch) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : mapper.countByStatus(batch.recordType().stagingTable(), batch.id())) {
            counts.put((String) row.get("status"), number(row.get("rows_count")));
        }
        return counts;
    }

    /** Rows of one status within the caller's department scope (the failed-row queue uses INVALID). */
    @Transactional(readOnly = true)
    public cn.gov.zjg.credit.shared.PageResult<StagedRecordView> findByStatus(RecordType type, String status,
            Long scope, cn.gov.zjg.credit.shared.PageQuery page) {
        List<StagedRecordView> rows = new ArrayList<>();
        for (Map<String, Object> row : mapper.findByStatus(type.stagingTable(), columns.get(type), status, scope,
                page.offset(), page.size())) {
            rows.add(new StagedRecordView(toRecord(type, row), (String) row.get("status")));
        }
        return new cn.gov.zjg.credit.shared.PageResult<>(rows,
                mapper.countByStatusInScope(type.stagingTable(), status, scope), page);
    }

    /** One row within the caller's scope, or not found. */
    @Transactional(readOnly = true)
    public StagedRecordView find(RecordType type, long id, Long scope) {
        List<Map<String, Object>> rows = mapper.findRow(type.stagingTable(), columns.get(type), id, scope);
        if (rows.isEmpty()) {
            throw new cn.gov.zjg.credit.shared.NotFoundException(type + " row " + id);
        }
        return new StagedRecordView(toRecord(type, rows.get(0)), (String) rows.get(0).get("status"));
    }

    /**
     * An online correction of a failed row: the new values replace the old and the row goes back to the queue, then
     * is claimed at once for {@code token} so the caller can validate it right away. False if the row had not failed.
     */
    @Transactional
    public boolean correct(StagedRecordView current, StagedRow corrected, String by, String token) {
        RecordType type = current.record().type();
        if (mapper.replaceValues(type.stagingTable(), writer.columnValues(type, corrected), current.record().id(),
                by) != 1) {
            return false;
        }
        return mapper.claimRow(type.stagingTable(), current.record().id(), token) == 1;
    }

    /** Sets a failed row aside with a reason; it stays, with who and why. False if the row had not failed. */
    @Transactional
    public boolean ignore(StagedRecordView current, String reason, String by) {
        return mapper.ignore(current.record().type().stagingTable(), current.record().id(), reason, by) == 1;
    }

    /** Rows per department and status, licenses and penalties together, within the caller's scope. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Long>> countsByDepartment(Long scope) {
        Map<Long, Map<String, Long>> counts = new java.util.TreeMap<>();
        for (RecordType type : RecordType.values()) {
            for (Map<String, Object> row : mapper.countByDepartmentAndStatus(type.stagingTable(), scope)) {
                counts.computeIfAbsent(number(row.get("department_id")), k -> new HashMap<>())
                        .merge((String) row.get("status"), number(row.get("row_count")), Long::sum);
            }
        }
        return counts;
    }

    /** A staged row with its current status. */
    public record StagedRecordView(ClaimedRecord record, String status) {
    }

    /**
     * Records a claimed penalty's publicity period (tier and end dates, domain.md §3.2); {@code tier} null clears it
     * (no decision date, or no rule in force then).
     */
    @Transactional
    public void setPublicity(ClaimedRecord record, String token, String tier, java.time.LocalDate minEnd,
            java.time.LocalDate maxEnd, Boolean published) {
        if (record.type() != RecordType.PENALTY) {
            throw new IllegalArgumentException("only penalties have a publicity period");
        }
        mapper.setPublicity(record.id(), token, tier, minEnd, maxEnd, published);
    }

    /** Sets the outcome of a claimed row; false when the claim was lost (released as stuck) and nothing changed. */
    @Transactional
    public boolean complete(ClaimedRecord record, String token, String status) {
        return mapper.complete(record.type().stagingTable(), record.id(), token, status) == 1;
    }

    /** Puts rows claimed longer ago than {@code olderThan} back in the queue (their run died); returns how many. */
    @Transactional
    public int releaseStuck(RecordType type, Duration olderThan) {
        return mapper.releaseStuck(type.stagingTable(), LocalDateTime.now(clock).minus(olderThan));
    }

    /**
     * Rule DUPLICATE (domain.md §1.6 rule 7): another row with the same decision document number, subject and
     * decision date either earlier in the same batch or already accepted.
     */
    @Transactional(readOnly = true)
    public boolean isDuplicate(ClaimedRecord record) {
        String prefix = record.type().prefix() + "_";
        Object wsh = record.values().get(prefix + "WSH");
        Object jdrq = record.values().get(prefix + "JDRQ");
        if (wsh == null || jdrq == null) {
            return false;
        }
        String id = (String) record.values().get(prefix + "XDR_ZJHM");
        return mapper.countEarlierOrAccepted(record.type().stagingTable(), record.id(), record.batchId(),
                (String) wsh, jdrq, (String) record.values().get(prefix + "XDR_SHXYM"), protection.hash(id),
                (String) record.values().get(prefix + "XDR_MC")) > 0;
    }

    private ClaimedRecord toRecord(RecordType type, Map<String, Object> row) {
        Map<String, Object> values = new HashMap<>();
        for (FieldDef field : type.fields()) {
            Object value = field.kind() == FieldKind.IDENTIFIER
                    ? protection.decryptText((byte[]) row.get(field.column() + "_enc"))
                    : row.get(field.column());
            if (value instanceof Date date) {
                value = date.toLocalDate();
            }
            if (value != null) {
                values.put(field.code(), value);
            }
        }
        return new ClaimedRecord(type, number(row.get("id")), number(row.get("batch_id")),
                number(row.get("department_id")), (int) number(row.get("source_row")),
                toDateTime(row.get("created_at")), values);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime toDateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
