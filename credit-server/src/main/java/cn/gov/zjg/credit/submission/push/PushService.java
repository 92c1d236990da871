package cn.gov.zjg.credit.submission.push;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.CellError;
import cn.gov.zjg.credit.submission.Channel;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagedId;
import cn.gov.zjg.credit.submission.StagedRow;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stages the records of one push call as a batch of channel API, and stores the response with it, in one
 * transaction: either the batch, its staged rows, its errors (with each refused record kept encrypted), the original
 * body (encrypted) and the response all exist, or none does. So a call is never half-staged, and the unique
 * idempotency key of the batch makes a concurrent duplicate wait for this one and then find its response.
 */
@Service
class PushService {

    private static final Locale RESPONSE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /**
     * Each error row carries its whole record (encrypted), so a record with many errors is stored many times; errors
     * are written in inserts of about this many characters of record JSON to stay well under max_allowed_packet.
     */
    private static final int MAX_ERROR_CHARS_PER_INSERT = 1_000_000;

    private final BatchService batches;
    private final PushMapper mapper;
    private final PushJson json;
    private final MessageSource messages;

    PushService(BatchService batches, PushMapper mapper, PushJson json, MessageSource messages) {
        this.batches = batches;
        this.mapper = mapper;
        this.json = json;
        this.messages = messages;
    }

    /** A response ready to send: status and JSON body, and whether it repeats an earlier call's. */
    record Outcome(int status, String body, boolean replayed) {
    }

    /** The stored response of the earlier call with this idempotency key, if there was one. */
    @Transactional(readOnly = true)
    Optional<Outcome> findEarlier(ApiCaller caller, RecordType type, PushRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        return batches.findByIdempotencyKey(caller.departmentId(), request.idempotencyKey()).map(batch -> {
            PushMapper.StoredResponse stored = mapper.findResponse(batch.id()).orElseThrow();
            if (batch.recordType() != type || !stored.bodySha256().equals(request.bodySha256())) {
                throw new PushProblem(PushError.IDEMPOTENCY_KEY_REUSED, request.idempotencyKey());
            }
            return new Outcome(stored.httpStatus(), stored.body(), true);
        });
    }

    @Transactional
    Outcome stage(ApiCaller caller, RecordType type, PushRequest request, List<PushJson.Incoming> records) {
        Batch batch = batches.create(new BatchService.NewBatch(caller.departmentId(), type, Channel.API, null, "JSON",
                (long) request.body().length, request.bodySha256(), request.idempotencyKey(), caller.createdBy()));
        batches.storeOriginal(batch.id(), new ByteArrayInputStream(request.body()));

        Map<Integer, List<CellError>> refused = stageRecords(batch, type, records);
        batches.finish(batch.id(), BatchStatus.STAGED, null);

        String body = json.write(response(batch, type, records, refused));
        int status = HttpStatus.OK.value();
        mapper.insertResponse(batch.id(), request.bodySha256(), status, body);
        return new Outcome(status, body, false);
    }

    /** Normalises and stages the records; returns the reasons of each refused record, by index. */
    private Map<Integer, List<CellError>> stageRecords(Batch batch, RecordType type, List<PushJson.Incoming> records) {
        Pending pending = new Pending();
        Map<Integer, List<CellError>> refused = new HashMap<>();
        int read = 0;
        int staged = 0;
        for (PushJson.Incoming record : records) {
            read++;
            RowNormalizer.Result result = RowNormalizer.fromFieldCodes(type, record.index(), record.values());
            List<CellError> recordErrors = new ArrayList<>(record.typeErrors());
            recordErrors.addAll(result.errors());
            if (recordErrors.isEmpty()) {
                pending.rows.add(result.row());
                staged++;
                continue;
            }
            refused.put(record.index(), recordErrors);
            for (CellError error : recordErrors) {
                pending.errors.add(error);
                pending.errorRowsJson.add(record.json());
                pending.errorChars += record.json().length();
                if (pending.errorChars >= MAX_ERROR_CHARS_PER_INSERT) {
                    pending.flush(batches, batch, read, staged, refused.size());
                }
            }
        }
        pending.flush(batches, batch, read, staged, refused.size());
        return refused;
    }

    private PushResponse response(Batch batch, RecordType type, List<PushJson.Incoming> records,
            Map<Integer, List<CellError>> refused) {
        Map<Integer, Long> stagingIds = new HashMap<>();
        for (StagedId id : batches.findStagedIds(batch)) {
            stagingIds.put(id.sourceRow(), id.id());
        }
        List<PushResponse.Result> results = new ArrayList<>(records.size());
        for (PushJson.Incoming record : records) {
            List<CellError> errors = refused.get(record.index());
            results.add(errors == null
                    ? PushResponse.Result.accepted(record.index(), stagingIds.get(record.index()))
                    : PushResponse.Result.refused(record.index(), errors.stream().map(e -> problem(type, e)).toList()));
        }
        return new PushResponse(batch.batchNo(), type, records.size(), records.size() - refused.size(),
                refused.size(), results);
    }

    /** Rows and errors not yet written; {@link BatchService#stageChunk} takes the running counters each time. */
    private static final class Pending {
        final List<StagedRow> rows = new ArrayList<>();
        final List<CellError> errors = new ArrayList<>();
        final List<String> errorRowsJson = new ArrayList<>();
        long errorChars;

        void flush(BatchService batches, Batch batch, int read, int staged, int failed) {
            batches.stageChunk(batch, rows, errors, errorRowsJson, read, staged, failed);
            rows.clear();
            errors.clear();
            errorRowsJson.clear();
            errorChars = 0;
        }
    }

    /** Message {@code submission.error.<code>}: {0} the field as sent, {1} its name in the standard. */
    private PushResponse.FieldProblem problem(RecordType type, CellError error) {
        String sent = error.columnName();
        String name = type.fields().stream().filter(f -> f.code().equals(sent)).map(FieldDef::name).findFirst()
                .orElse(sent);
        String message = messages.getMessage("submission.error." + error.errorCode(), new Object[] {sent, name},
                error.errorCode(), RESPONSE_LOCALE);
        return new PushResponse.FieldProblem(sent, error.errorCode(), message);
    }
}
