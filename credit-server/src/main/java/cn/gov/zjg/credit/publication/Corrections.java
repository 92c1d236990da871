package cn.gov.zjg.credit.publication;

import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.Channel;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagingQueue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 变更: a department corrects its published record. The corrected values enter as a one-row console batch whose row
 * points at the record ({@code corrects_id}); it is validated and reviewed like any row, and publication replaces the
 * record's values in place, keeping the differences as history.
 */
@Service
public class Corrections {

    private final PublishedRecords records;
    private final PublishedRecordsMapper mapper;
    private final BatchService batches;
    private final StagingQueue queue;

    Corrections(PublishedRecords records, PublishedRecordsMapper mapper, BatchService batches, StagingQueue queue) {
        this.records = records;
        this.mapper = mapper;
        this.batches = batches;
        this.queue = queue;
    }

    /** The values last applied to the record (from its staging row, identifiers decrypted), for the form. */
    @Transactional(readOnly = true)
    public Map<String, Object> currentValues(RecordType type, long id, Long scope) {
        Map<String, Object> record = records.find(type, id, scope);
        long stagingId = ((Number) record.get("staging_id")).longValue();
        return queue.find(type, stagingId, null).record().values();
    }

    /** Stages the correction; returns the batch, or the parse errors when a value cannot be read. */
    @Transactional
    public Outcome submit(RecordType type, long id, Map<String, String> values, long departmentId, String by) {
        Map<String, Object> record = records.find(type, id, departmentId);
        if ("REVOKED".equals(record.get("status"))) {
            throw new BusinessRuleException("publicity.correct.revoked");
        }
        if (mapper.countPendingCorrections(type.stagingTable(), id) > 0) {
            throw new BusinessRuleException("publicity.correct.alreadyPending");
        }
        RowNormalizer.Result normalized = RowNormalizer.fromFieldCodes(type, 2, values);
        if (!normalized.accepted()) {
            return new Outcome(null, normalized);
        }
        Batch batch = batches.create(new BatchService.NewBatch(departmentId, type, Channel.CONSOLE, null, null, null,
                null, null, by));
        batches.stageChunk(batch, List.of(normalized.row()), List.of(), List.of(), 1, 1, 0);
        mapper.markCorrection(type.stagingTable(), batch.id(), id);
        batches.finish(batch.id(), BatchStatus.STAGED, null);
        return new Outcome(batch, normalized);
    }

    public record Outcome(Batch batch, RowNormalizer.Result normalized) {
        public boolean staged() {
            return batch != null;
        }
    }
}
