package cn.gov.zjg.credit.submission.excel;

import java.io.File;
import java.nio.charset.Charset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.SubmissionProperties;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.enums.CellExtraTypeEnum;
import com.alibaba.excel.enums.ReadDefaultReturnEnum;
import com.alibaba.excel.metadata.CellExtra;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads the chosen sheet into staging (in the background), then fills merged cells and closes the batch: STAGED when
 * every row is accounted for, FAILED with a reason when reading stopped early (the rows staged so far are kept and
 * the original file stays stored, so nothing is lost).
 */
@Component
class SheetReader {

    private static final Logger log = LoggerFactory.getLogger(SheetReader.class);

    private final BatchService batches;
    private final SubmissionProperties props;

    SheetReader(BatchService batches, SubmissionProperties props) {
        this.batches = batches;
        this.props = props;
    }

    void read(Batch batch, File file, FileFormat format, Charset charset, SheetChooser.Choice choice) {
        ExecutorService writer = Executors.newSingleThreadExecutor(
                task -> new Thread(task, Thread.currentThread().getName() + "-writer"));
        StagingListener listener = new StagingListener(batch, choice.match(), batches, props.maxRows(), writer);
        try {
            EasyExcel.read(file, listener)
                    .excelType(HeadReader.excelType(format))
                    .charset(charset)
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .extraRead(CellExtraTypeEnum.MERGE)
                    .headRowNumber(1)
                    .sheet(choice.sheetNo())
                    .doRead();
            fillMerged(batch, choice, listener);
            if (listener.overLimit()) {
                batches.finish(batch.id(), BatchStatus.FAILED, "submission.upload.tooManyRows");
            } else {
                batches.finish(batch.id(), BatchStatus.STAGED, null);
            }
            log.info("Batch {} read: {} rows", batch.batchNo(), listener.rowsRead());
        } catch (RuntimeException e) {
            awaitQuietly(listener); // the chunk in flight lands (or fails) before the batch is closed
            IntakeRefusal reason = WorkbookInspector.refusalFor(e);
            log.warn("Batch {} stopped after {} rows: {}", batch.batchNo(), listener.rowsRead(), reason.messageKey(), e);
            batches.finish(batch.id(), BatchStatus.FAILED, reason.messageKey());
        } finally {
            writer.shutdown();
        }
    }

    private static void awaitQuietly(StagingListener listener) {
        try {
            listener.awaitWrite();
        } catch (RuntimeException alreadyReported) {
            // the read has failed anyway; the first failure is the one logged
        }
    }

    private void fillMerged(Batch batch, SheetChooser.Choice choice, StagingListener listener) {
        for (CellExtra merge : listener.merges()) {
            for (int column = merge.getFirstColumnIndex(); column <= merge.getLastColumnIndex(); column++) {
                FieldDef field = choice.match().columns().get(column);
                if (field != null) {
                    // CellExtra rows are 0-based; staging keeps Excel's 1-based row numbers.
                    batches.fillMergedCells(batch, field, merge.getFirstRowIndex() + 1, merge.getLastRowIndex() + 1);
                }
            }
        }
    }
}
