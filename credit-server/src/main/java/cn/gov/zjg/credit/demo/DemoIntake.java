package cn.gov.zjg.credit.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.CellError;
import cn.gov.zjg.credit.submission.Channel;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagedRow;
import cn.hutool.crypto.SecureUtil;
import cn.hutool.json.JSONUtil;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stages demo records the way the push API stages a call (submission.push.PushService): one batch of channel API per
 * call, the records as JSON kept encrypted as the original, each record read by {@link RowNormalizer#fromFieldCodes},
 * the rows staged and the batch finished STAGED, all in one transaction. The idempotency key of the batch makes a
 * repeated load (a node taking over a half-done load) skip what is already staged.
 */
@Component
class DemoIntake {

    private final BatchService batches;
    private final TransactionTemplate transaction;

    DemoIntake(BatchService batches, PlatformTransactionManager transactions) {
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What one call staged: the batch, and rows refused while reading (expected: none). */
    record Staged(Batch batch, int staged, int refused, boolean repeated) {
    }

    /**
     * Stages {@code records} (values by standard field code) as one batch of the department, created by
     * {@code createdBy}, unless a batch with {@code idempotencyKey} exists already.
     */
    Staged stage(long departmentId, RecordType type, List<Map<String, Object>> records, String idempotencyKey,
            String createdBy) {
        var earlier = batches.findByIdempotencyKey(departmentId, idempotencyKey);
        if (earlier.isPresent()) {
            return new Staged(earlier.get(), earlier.get().rowsStaged(), earlier.get().rowsFailed(), true);
        }
        byte[] body = JSONUtil.toJsonStr(records).getBytes(StandardCharsets.UTF_8);
        return transaction.execute(tx -> {
            Batch batch = batches.create(new BatchService.NewBatch(departmentId, type, Channel.API, null, "JSON",
                    (long) body.length, SecureUtil.sha256().digestHex(body), idempotencyKey, createdBy));
            batches.storeOriginal(batch.id(), new ByteArrayInputStream(body));
            List<StagedRow> rows = new ArrayList<>(records.size());
            List<CellError> errors = new ArrayList<>();
            List<String> errorRows = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                RowNormalizer.Result result = RowNormalizer.fromFieldCodes(type, i + 1, records.get(i));
                if (result.accepted()) {
                    rows.add(result.row());
                } else {
                    for (CellError error : result.errors()) {
                        errors.add(error);
                        errorRows.add(JSONUtil.toJsonStr(records.get(i)));
                    }
                }
            }
            int refused = (int) errors.stream().mapToInt(CellError::sourceRow).distinct().count();
            batches.stageChunk(batch, rows, errors, errorRows, records.size(), rows.size(), refused);
            batches.finish(batch.id(), BatchStatus.STAGED, null);
            return new Staged(batch, rows.size(), refused, false);
        });
    }
}
