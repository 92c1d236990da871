package cn.gov.zjg.credit.submission.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.Channel;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.SubmissionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The Excel/CSV channel. {@link #upload} checks the file at once (type, size, duplicate, template, required
 * columns, at least one data row) so a clerk hears immediately what is wrong; then it stores the original and hands
 * the reading to a background reader, returning the batch for its progress page.
 */
@Service
public class ExcelUploadService {

    private static final Logger log = LoggerFactory.getLogger(ExcelUploadService.class);

    private final BatchService batches;
    private final SheetChooser chooser;
    private final SheetReader reader;
    private final SubmissionProperties props;
    private final TaskExecutor executor;

    ExcelUploadService(BatchService batches, SheetChooser chooser, SheetReader reader, SubmissionProperties props,
            TaskExecutor intakeExecutor) {
        this.batches = batches;
        this.chooser = chooser;
        this.reader = reader;
        this.props = props;
        this.executor = intakeExecutor;
    }

    /** One upload as received: its name, size and content. */
    public record Upload(String fileName, long size, InputStream content) {
    }

    /**
     * Accepts a file into a new batch, or refuses it with an {@link IntakeRefusal} naming the problem.
     *
     * @return the batch, in state READING; the rows arrive in the background
     */
    public Batch upload(RecordType type, long departmentId, Upload upload, String username) {
        if (upload.size() == 0) {
            throw new IntakeRefusal("submission.upload.empty");
        }
        if (upload.size() > props.maxFileSize().toBytes()) {
            throw new IntakeRefusal("submission.upload.tooLarge", props.maxFileSize().toMegabytes());
        }
        File file = copyToTemp(upload);
        try {
            byte[] head = readHead(file);
            FileFormat format = FileFormat.detect(upload.fileName(), head);
            String sha256 = sha256Of(file);
            batches.findDuplicate(departmentId, sha256, type).ifPresent(earlier -> {
                throw new IntakeRefusal("submission.upload.duplicate", earlier.batchNo(), earlier.createdAt());
            });
            Charset charset = format == FileFormat.CSV ? WorkbookInspector.csvCharset(file) : null;
            SheetChooser.Choice choice = chooser.choose(type, file, format, charset);
            Batch batch = createBatch(type, departmentId, upload, format, sha256, username);
            try (InputStream original = Files.newInputStream(file.toPath())) {
                batches.storeOriginal(batch.id(), original);
                Integer total = format == FileFormat.CSV ? WorkbookInspector.csvLines(file) - 1
                        : choice.approximateRows();
                batches.updateRowsTotal(batch.id(), total, choice.sheetName());
            } catch (IOException | RuntimeException e) {
                batches.finish(batch.id(), BatchStatus.FAILED, "submission.upload.storeFailed");
                throw e;
            }
            readInBackground(batch, file, format, charset, choice);
            return batches.find(batch.id(), null);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private Batch createBatch(RecordType type, long departmentId, Upload upload, FileFormat format, String sha256,
            String username) {
        try {
            return batches.create(new BatchService.NewBatch(departmentId, type, Channel.EXCEL, upload.fileName(),
                    format.name(), upload.size(), sha256, null, username));
        } catch (DuplicateKeyException e) {
            // the same file arrived twice at the same moment: the other upload won
            Batch earlier = batches.findDuplicate(departmentId, sha256, type).orElseThrow();
            throw new IntakeRefusal("submission.upload.duplicate", earlier.batchNo(), earlier.createdAt());
        }
    }

    private void readInBackground(Batch batch, File file, FileFormat format, Charset charset,
            SheetChooser.Choice choice) {
        try {
            executor.execute(() -> {
                try {
                    reader.read(batch, file, format, charset, choice);
                } finally {
                    deleteQuietly(file);
                }
            });
        } catch (RuntimeException e) {
            log.error("Intake queue full; batch {} stays unread", batch.batchNo(), e);
            batches.finish(batch.id(), BatchStatus.FAILED, "submission.upload.busy");
            deleteQuietly(file);
        }
    }

    private static File copyToTemp(Upload upload) {
        try {
            File file = Files.createTempFile("credit-upload-", ".bin").toFile();
            try (InputStream in = upload.content(); OutputStream out = Files.newOutputStream(file.toPath())) {
                in.transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readHead(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return in.readNBytes(8192);
        }
    }

    static String sha256Of(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath());
             DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(),
                     MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(digest);
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            log.warn("Could not delete temporary file {}", file, e);
        }
    }

}
