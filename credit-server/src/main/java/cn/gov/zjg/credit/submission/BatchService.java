package cn.gov.zjg.credit.submission;

import cn.hutool.core.util.StrUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches and what they hold: creation, the original file (stored encrypted, in chunks), staged rows and parse errors,
 * progress counters. Every read takes the caller's department scope and applies it in SQL.
 */
@Service
public class BatchService {

    static final int FILE_CHUNK_BYTES = 4 * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SubmissionMapper mapper;
    private final StagingWriter stagingWriter;
    private final PersonalDataProtection protection;
    private final Clock clock;

    BatchService(SubmissionMapper mapper, StagingWriter stagingWriter, PersonalDataProtection protection, Clock clock) {
        this.mapper = mapper;
        this.stagingWriter = stagingWriter;
        this.protection = protection;
        this.clock = clock;
    }

    /** What a new batch is made of. {@code idempotencyKey} is for the push API; null for files. */
    public record NewBatch(long departmentId, RecordType type, Channel channel, String fileName, String fileFormat,
            Long fileSize, String fileSha256, String idempotencyKey, String createdBy) {
    }

    /** Creates a batch in state READING and gives it its number, e.g. {@code XK-20261127-000042}. */
    @Transactional
    public Batch create(NewBatch batch) {
        var insert = new SubmissionMapper.BatchInsert(temporaryNumber(), batch.departmentId(),
                batch.type(), batch.channel(), BatchStatus.READING, batch.fileName(), batch.fileFormat(),
                batch.fileSize(), batch.fileSha256(), batch.idempotencyKey(), batch.createdBy());
        mapper.insertBatch(insert);
        String number = "%s-%s-%06d".formatted(batch.type().prefix(), LocalDate.now(clock).format(DAY), insert.getId());
        mapper.updateBatchNo(insert.getId(), number);
        return mapper.findBatch(insert.getId(), null).orElseThrow();
    }

    /** Allowed values of an enumerated field, for template dropdowns. */
    @Transactional(readOnly = true)
    public List<String> dictionary(String dictCode) {
        return mapper.findDictionaryValues(dictCode);
    }

    /** Unique placeholder until the id is known (32 characters, the column's width). */
    private static String temporaryNumber() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** The batch, if it exists and lies within {@code scope} (null = all departments). */
    @Transactional(readOnly = true)
    public Batch find(long id, Long scope) {
        return mapper.findBatch(id, scope).orElseThrow(() -> new NotFoundException("batch " + id));
    }

    @Transactional(readOnly = true)
    public PageResult<Batch> findPage(BatchQuery query, Long scope, PageQuery page) {
        return new PageResult<>(mapper.findBatchPage(query, query.getToExclusive(), scope, page.offset(), page.size()),
                mapper.countBatches(query, query.getToExclusive(), scope), page);
    }

    /** The earlier batch of this department with the same file content and type, if any. */
    @Transactional(readOnly = true)
    public Optional<Batch> findDuplicate(long departmentId, String sha256, RecordType type) {
        return mapper.findFirstBySha256(departmentId, sha256, type);
    }

    @Transactional(readOnly = true)
    public Optional<Batch> findByIdempotencyKey(long departmentId, String key) {
        return mapper.findByIdempotencyKey(departmentId, key);
    }

    /** Stores the original file encrypted, in chunks of {@link #FILE_CHUNK_BYTES}. */
    @Transactional
    public void storeOriginal(long batchId, InputStream content) {
        try {
            byte[] buffer;
            int seq = 0;
            while ((buffer = content.readNBytes(FILE_CHUNK_BYTES)).length > 0) {
                mapper.insertFileChunk(batchId, seq++, protection.encrypt(buffer));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original file, decrypted chunk by chunk as it is read (constant memory whatever its size). */
    public InputStream openOriginal(long batchId) {
        int chunks = mapper.countFileChunks(batchId);
        Enumeration<InputStream> parts = new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < chunks;
            }

            @Override
            public InputStream nextElement() {
                return new ByteArrayInputStream(protection.decrypt(mapper.findFileChunk(batchId, next++).content()));
            }
        };
        return new SequenceInputStream(parts);
    }

    /** Stages rows and records errors of one chunk of a batch, in one transaction, then updates the counters. */
    @Transactional
    public void stageChunk(Batch batch, List<StagedRow> rows, List<CellError> errors, List<String> errorRowsJson,
            int rowsRead, int rowsStaged, int rowsFailed) {
        if (!rows.isEmpty()) {
            stagingWriter.write(batch, rows);
        }
        if (!errors.isEmpty()) {
            List<SubmissionMapper.ErrorInsert> inserts = new ArrayList<>(errors.size());
            for (int i = 0; i < errors.size(); i++) {
                CellError e = errors.get(i);
                inserts.add(new SubmissionMapper.ErrorInsert(e.sourceRow(), StrUtil.sub(e.columnName(), 0, 100),
                        e.fieldCode(), e.errorCode(), StrUtil.sub(e.rawValue(), 0, 255),
                        protection.encryptText(errorRowsJson.get(i))));
            }
            mapper.insertErrors(batch.id(), inserts);
        }
        mapper.updateProgress(batch.id(), rowsRead, rowsStaged, rowsFailed);
    }

    /**
     * Merged cells in data rows hold their value only in the top row; a clerk means it for every row of the region.
     * Copies the top row's staged value into the blank cells below ({@code fromRow}/{@code toRow} are Excel row
     * numbers). Identifiers are copied as their ciphertext and hash.
     */
    @Transactional
    public void fillMergedCells(Batch batch, FieldDef field, int fromRow, int toRow) {
        String table = batch.recordType().stagingTable();
        List<String> columns = field.kind() == FieldKind.IDENTIFIER
                ? List.of(field.column() + "_enc", field.column() + "_hash") : List.of(field.column());
        for (String column : columns) {
            Object value = mapper.findStagedValue(table, column, batch.id(), fromRow);
            if (value != null) {
                mapper.fillStagedColumn(table, column, value, batch.id(), fromRow + 1, toRow);
            }
        }
    }

    /** Batches whose reading stopped making progress before {@code before} (their node died). */
    @Transactional(readOnly = true)
    public List<Batch> findStuckReading(java.time.LocalDateTime before) {
        return mapper.findStuckReading(before);
    }

    /**
     * Takes over a stuck batch for reading it again from its stored original: only one caller wins; the rows staged so
     * far and the parse errors are removed (the re-read stages them again), so nothing is staged twice.
     */
    @Transactional
    public boolean takeOverStuck(Batch batch, java.time.LocalDateTime before) {
        if (mapper.claimStuck(batch.id(), before) != 1) {
            return false;
        }
        mapper.deleteStaged(batch.recordType().stagingTable(), batch.id());
        mapper.deleteErrors(batch.id());
        return true;
    }

    @Transactional
    public void updateRowsTotal(long batchId, Integer rowsTotal, String sheetName) {
        mapper.updateRowsTotal(batchId, rowsTotal, sheetName);
    }

    @Transactional
    public void finish(long batchId, BatchStatus status, String failureReason) {
        mapper.finishBatch(batchId, status, failureReason);
    }

    @Transactional(readOnly = true)
    public PageResult<CellError> findErrors(long batchId, PageQuery page) {
        return new PageResult<>(mapper.findErrors(batchId, page.offset(), page.size()), mapper.countErrors(batchId),
                page);
    }

    /** A source row that could not be read: its cells as written (header → text) and what was wrong. */
    public record UnreadableRow(int sourceRow, java.util.Map<String, String> cells, List<CellError> errors) {
    }

    /**
     * Every row of a batch that could not be read, in file order, with its cells decrypted for the consumer only
     * (receipts). Paged by key, so memory stays bounded.
     */
    @Transactional(readOnly = true)
    public void forEachUnreadableRow(Batch batch, java.util.function.Consumer<UnreadableRow> consumer) {
        long afterId = 0;
        UnreadableRow current = null;
        List<SubmissionMapper.ErrorWithRow> page;
        do {
            page = mapper.findErrorsWithRows(batch.id(), afterId, 1000);
            for (SubmissionMapper.ErrorWithRow e : page) {
                // errors are stored row by row, in file order: a new row number closes the previous row
                if (current == null || current.sourceRow() != e.sourceRow()) {
                    if (current != null) {
                        consumer.accept(current);
                    }
                    current = new UnreadableRow(e.sourceRow(), cellsOf(e), new ArrayList<>());
                }
                current.errors().add(new CellError(e.sourceRow(), e.columnName(), e.fieldCode(), e.errorCode(),
                        e.rawValue()));
                afterId = e.id();
            }
        } while (page.size() == 1000);
        if (current != null) {
            consumer.accept(current);
        }
    }

    private java.util.Map<String, String> cellsOf(SubmissionMapper.ErrorWithRow e) {
        if (e.rawRowEnc() == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        cn.hutool.json.JSONUtil.parseObj(protection.decryptText(e.rawRowEnc()))
                .forEach((key, value) -> cells.put(key, value == null ? "" : value.toString()));
        return cells;
    }

    @Transactional(readOnly = true)
    public PageResult<StagedSummary> findStaged(Batch batch, PageQuery page) {
        String table = batch.recordType().stagingTable();
        return new PageResult<>(mapper.findStagedPage(table, batch.id(), page.offset(), page.size()),
                mapper.countStaged(table, batch.id()), page);
    }

    /** Staging row ids of a batch, in source-row order (the push API answers each record with its id). */
    @Transactional(readOnly = true)
    public List<StagedId> findStagedIds(Batch batch) {
        return mapper.findStagedIds(batch.recordType().stagingTable(), batch.id());
    }

    /** Reconciliation against the tables themselves (not the counters): staged rows and rows with errors. */
    @Transactional(readOnly = true)
    public long[] countStoredRows(Batch batch) {
        return new long[] {mapper.countStaged(batch.recordType().stagingTable(), batch.id()),
                mapper.countErrorRows(batch.id())};
    }

}
