package cn.gov.zjg.credit.submission.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.jobs.JobsProperties;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import com.xxl.job.core.handler.annotation.XxlJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code rereadStuckBatches}: a file is read by the node that received it; if that node dies mid-read, the batch
 * stops making progress. This handler takes such a batch over (one node wins), removes what was staged of it, and
 * reads it again from the stored original, so nothing sent is lost and nothing is staged twice.
 */
@Component
class StuckBatchRecovery {

    private static final Logger log = LoggerFactory.getLogger(StuckBatchRecovery.class);

    private final BatchService batches;
    private final SheetChooser chooser;
    private final SheetReader reader;
    private final JobRunService runs;
    private final JobsProperties jobs;
    private final Clock clock;

    StuckBatchRecovery(BatchService batches, SheetChooser chooser, SheetReader reader, JobRunService runs,
            JobsProperties jobs, Clock clock) {
        this.batches = batches;
        this.chooser = chooser;
        this.reader = reader;
        this.runs = runs;
        this.jobs = jobs;
        this.clock = clock;
    }

    @XxlJob("rereadStuckBatches")
    public void rereadStuckBatches() {
        runs.run("rereadStuckBatches", progress -> {
            LocalDateTime before = LocalDateTime.now(clock).minus(jobs.stuckAfter());
            int reread = 0;
            for (Batch batch : batches.findStuckReading(before)) {
                if (batch.id() % progress.shardTotal() == progress.shardIndex()
                        && batches.takeOverStuck(batch, before)) {
                    reread(batch);
                    progress.report(++reread, 0);
                }
            }
            return reread + " stuck batch(es) read again";
        });
    }

    void reread(Batch batch) {
        File file = null;
        try {
            file = Files.createTempFile("credit-reread-", ".bin").toFile();
            try (InputStream original = batches.openOriginal(batch.id())) {
                Files.copy(original, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            FileFormat format = FileFormat.valueOf(batch.fileFormat());
            Charset charset = format == FileFormat.CSV ? WorkbookInspector.csvCharset(file) : null;
            SheetChooser.Choice choice = chooser.choose(batch.recordType(), file, format, charset);
            reader.read(batches.find(batch.id(), null), file, format, charset, choice);
            log.info("Batch {} read again from its stored original", batch.batchNo());
        } catch (IOException | RuntimeException e) {
            log.error("Batch {} could not be read again", batch.batchNo(), e);
            batches.finish(batch.id(), BatchStatus.FAILED, e instanceof IntakeRefusal refusal
                    ? refusal.messageKey() : "submission.upload.corrupt");
        } finally {
            if (file != null) {
                ExcelUploadService.deleteQuietly(file);
            }
        }
    }
}
