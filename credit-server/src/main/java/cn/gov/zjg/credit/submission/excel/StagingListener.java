package cn.gov.zjg.credit.submission.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.CellError;
import cn.gov.zjg.credit.submission.CellNormalizer;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.HeaderMatcher;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagedRow;
import cn.hutool.json.JSONUtil;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.CellExtraTypeEnum;
import com.alibaba.excel.metadata.CellExtra;
import com.alibaba.excel.metadata.data.DataFormatData;
import com.alibaba.excel.metadata.data.ReadCellData;
import com.alibaba.excel.read.listener.ReadListener;
import com.alibaba.excel.util.DateUtils;

/**
 * Streams a sheet into staging: each row becomes a staged row or, if any cell cannot be read, parse errors (with
 * the whole row kept, encrypted). Rows are written in chunks of {@link #FLUSH_ROWS}, each chunk in one transaction
 * with the batch counters, so memory stays bounded and the progress bar follows.
 *
 * <p>Chunks are written on the {@code writer} thread while the next chunk is read (at most one chunk in flight, in
 * order), so parsing overlaps with the driver and the database (docs/benchmarks.md). A failed write fails the read at
 * the next chunk or at the end.
 */
final class StagingListener implements ReadListener<Map<Integer, ReadCellData<?>>> {

    static final int FLUSH_ROWS = 1000;

    private final Batch batch;
    private final HeaderMatcher.Match match;
    private final BatchService batches;
    private final int maxRows;
    private final Executor writer;
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
    private final Map<FieldDef, Integer> fieldIndex = new HashMap<>();
    private final List<CellExtra> merges = new ArrayList<>();

    private final List<StagedRow> staged = new ArrayList<>(FLUSH_ROWS);
    private final List<CellError> errors = new ArrayList<>();
    private final List<String> errorRowsJson = new ArrayList<>();
    private int rowsRead;
    private int rowsStaged;
    private int rowsFailed;
    private boolean overLimit;

    StagingListener(Batch batch, HeaderMatcher.Match match, BatchService batches, int maxRows, Executor writer) {
        this.batch = batch;
        this.match = match;
        this.batches = batches;
        this.maxRows = maxRows;
        this.writer = writer;
        List<FieldDef> fields = batch.recordType().fields();
        for (int i = 0; i < fields.size(); i++) {
            fieldIndex.put(fields.get(i), i);
        }
    }

    @Override
    public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
        if (isBlank(row)) {
            return;
        }
        if (rowsRead >= maxRows) {
            overLimit = true;
            return;
        }
        int sourceRow = context.readRowHolder().getRowIndex() + 1; // the row number the clerk sees in Excel
        Object[] values = new Object[fieldIndex.size()];
        List<CellError> rowErrors = null;
        for (Map.Entry<Integer, FieldDef> column : match.columns().entrySet()) {
            FieldDef field = column.getValue();
            ReadCellData<?> cell = row.get(column.getKey());
            try {
                put(values, field, read(field, cell, context));
            } catch (CellNormalizer.Unreadable e) {
                if (rowErrors == null) {
                    rowErrors = new ArrayList<>();
                }
                rowErrors.add(new CellError(sourceRow, match.headers().get(column.getKey()), field.code(), e.code(),
                        RowNormalizer.displayValue(field, CellText.of(cell))));
            }
        }
        rowsRead++;
        if (rowErrors == null) {
            staged.add(new StagedRow(sourceRow, values));
            rowsStaged++;
        } else {
            String json = rawRowJson(row);
            for (CellError error : rowErrors) {
                errors.add(error);
                errorRowsJson.add(json);
            }
            rowsFailed++;
        }
        if (staged.size() + errors.size() >= FLUSH_ROWS) {
            flush();
        }
    }

    @Override
    public boolean hasNext(AnalysisContext context) {
        return !overLimit;
    }

    @Override
    public void extra(CellExtra extra, AnalysisContext context) {
        if (extra.getType() == CellExtraTypeEnum.MERGE && extra.getLastRowIndex() > extra.getFirstRowIndex()
                && extra.getFirstRowIndex() >= 1) {
            merges.add(extra);
        }
    }

    @Override
    public void doAfterAllAnalysed(AnalysisContext context) {
        flush();
        awaitWrite();
    }

    /** Waits for the chunk being written, rethrowing its failure. */
    void awaitWrite() {
        try {
            writing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    boolean overLimit() {
        return overLimit;
    }

    int rowsRead() {
        return rowsRead;
    }

    /** Merged data cells (rows below the header), as 0-based regions, for filling after the read. */
    List<CellExtra> merges() {
        return merges;
    }

    private void flush() {
        List<StagedRow> rows = List.copyOf(staged);
        List<CellError> chunkErrors = List.copyOf(errors);
        List<String> chunkErrorRows = List.copyOf(errorRowsJson);
        int read = rowsRead;
        int stagedSoFar = rowsStaged;
        int failed = rowsFailed;
        awaitWrite(); // one chunk in flight: bounded memory, chunks and counters in order
        writing = CompletableFuture.runAsync(() -> batches.stageChunk(batch, rows, chunkErrors, chunkErrorRows,
                read, stagedSoFar, failed), writer);
        staged.clear();
        errors.clear();
        errorRowsJson.clear();
    }

    private void put(Object[] values, FieldDef field, Object value) {
        if (value == null) {
            return;
        }
        int i = fieldIndex.get(field);
        // 1.0 files split 处罚类别 over CF_CFLB1 and CF_CFLB2: join them (domain.md §1.1).
        values[i] = values[i] != null && field.mergesColumns() ? values[i] + ";" + value : value;
    }

    private static Object read(FieldDef field, ReadCellData<?> cell, AnalysisContext context)
            throws CellNormalizer.Unreadable {
        if (cell == null || cell.getType() == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case STRING, DIRECT_STRING, RICH_TEXT_STRING -> CellNormalizer.normalize(field, cell.getStringValue());
            case BOOLEAN -> CellNormalizer.normalize(field, String.valueOf(cell.getBooleanValue()));
            case ERROR -> throw new CellNormalizer.Unreadable("formulaError");
            case DATE -> CellNormalizer.normalizeDate(field, toLocalDate(cell.getData()));
            case NUMBER -> readNumber(field, cell, context);
        };
    }

    private static Object readNumber(FieldDef field, ReadCellData<?> cell, AnalysisContext context)
            throws CellNormalizer.Unreadable {
        BigDecimal number = cell.getNumberValue();
        DataFormatData format = cell.getDataFormatData();
        if (format != null && DateUtils.isADateFormat(format.getIndex(), format.getFormat())) {
            Boolean use1904 = context.readWorkbookHolder().globalConfiguration().getUse1904windowing();
            return CellNormalizer.normalizeDate(field,
                    DateUtils.getLocalDate(number.doubleValue(), Boolean.TRUE.equals(use1904)));
        }
        return CellNormalizer.normalizeNumber(field, number);
    }

    private static LocalDate toLocalDate(Object data) throws CellNormalizer.Unreadable {
        if (data instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (data instanceof LocalDate date) {
            return date;
        }
        if (data instanceof Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        throw new CellNormalizer.Unreadable("dateUnreadable");
    }

    private static boolean isBlank(Map<Integer, ReadCellData<?>> row) {
        for (ReadCellData<?> cell : row.values()) {
            if (!CellText.of(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String rawRowJson(Map<Integer, ReadCellData<?>> row) {
        Map<String, String> raw = new LinkedHashMap<>();
        row.forEach((index, cell) -> {
            String header = match.headers().getOrDefault(index, "第" + (index + 1) + "列");
            raw.put(header, CellText.of(cell));
        });
        return JSONUtil.toJsonStr(raw);
    }
}
