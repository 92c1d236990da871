package cn.gov.zjg.credit.submission.excel;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.CellError;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.ExcelWriter;
import com.alibaba.excel.write.metadata.WriteSheet;
import com.alibaba.excel.write.style.column.SimpleColumnWidthStyleStrategy;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The error receipt a clerk downloads: a summary (counts and reconciliation) and one line per unreadable cell with
 * its row, column, what is wrong and the value as read. Errors are streamed page by page, so memory stays bounded.
 */
@Component
public class ReceiptWriter {

    private static final int PAGE = PageQuery.MAX_SIZE;

    private final BatchService batches;
    private final MessageSource messages;

    ReceiptWriter(BatchService batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    public void write(Batch batch, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        try (ExcelWriter writer = EasyExcel.write(out).autoCloseStream(false).build()) {
            WriteSheet summary = EasyExcel.writerSheet(0, text("submission.receipt.summary", locale))
                    .head(List.of(List.of(text("submission.receipt.item", locale)),
                            List.of(text("submission.receipt.value", locale))))
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(28))
                    .build();
            writer.write(summaryRows(batch, locale), summary);
            WriteSheet errors = EasyExcel.writerSheet(1, text("submission.receipt.errors", locale))
                    .head(List.of(List.of(text("submission.receipt.row", locale)),
                            List.of(text("submission.receipt.column", locale)),
                            List.of(text("submission.receipt.problem", locale)),
                            List.of(text("submission.receipt.rawValue", locale))))
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(30))
                    .build();
            int page = 1;
            PageResult<CellError> result;
            do {
                result = batches.findErrors(batch.id(), new PageQuery(page++, PAGE));
                List<List<Object>> rows = new ArrayList<>(result.rows().size());
                for (CellError e : result.rows()) {
                    rows.add(List.of(e.sourceRow(), e.columnName() == null ? "" : e.columnName(),
                            messages.getMessage("submission.error." + e.errorCode(),
                                    new Object[] {e.fieldCode(), e.columnName()}, e.errorCode(), locale),
                            e.rawValue() == null ? "" : e.rawValue()));
                }
                writer.write(rows, errors);
            } while (result.hasNext());
        }
    }

    private List<List<Object>> summaryRows(Batch batch, Locale locale) {
        return List.of(
                List.of(text("submission.field.batchNo", locale), batch.batchNo()),
                List.of(text("submission.field.fileName", locale), String.valueOf(batch.fileName())),
                List.of(text("submission.field.status", locale), text("submission.status." + batch.status(), locale)),
                List.of(text("submission.field.rowsRead", locale), batch.rowsRead()),
                List.of(text("submission.field.rowsStaged", locale), batch.rowsStaged()),
                List.of(text("submission.field.rowsFailed", locale), batch.rowsFailed()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
