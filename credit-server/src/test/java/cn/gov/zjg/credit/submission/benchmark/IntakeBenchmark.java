package cn.gov.zjg.credit.submission.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.excel.ExcelUploadService;
import cn.gov.zjg.credit.support.TestDatabaseConfig;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.ReadDefaultReturnEnum;
import com.alibaba.excel.metadata.data.ReadCellData;
import com.alibaba.excel.read.listener.ReadListener;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake benchmark (issue 3, docs/benchmarks.md): for generated 行政许可 files of 100,000 and 460,000 rows, the
 * time and peak heap of (a) a plain EasyExcel read with a listener that does nothing and (b) upload-to-staged through
 * {@link ExcelUploadService}, and the ratio of their throughputs. Target: staging at least half as fast as the plain
 * read, the whole run within -Xmx256m.
 *
 * <p>Not part of {@code ./mvnw verify} (surefire's default includes do not match {@code *Benchmark}); run it with
 * {@code ./mvnw -pl credit-server -am -Pbenchmark verify}. System properties: {@code benchmark.rows} (comma-separated
 * sizes, default {@value #DEFAULT_ROWS}), {@code benchmark.warmup} (rows of an unreported warm-up file, default
 * {@value #DEFAULT_WARMUP}; 0 for none).
 *
 * <p>Always on the embedded MariaDB and Redis, in its own data directory under {@code target/}: the test profile's
 * external-database variables are overridden, because the run cleans its schema first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=", "spring.data.redis.url=", "credit.embedded.data-dir=target/benchmark/embedded",
    // 460,000 realistic rows make a file of about 95 MB, above the 50 MB upload limit (docs/benchmarks.md)
    "credit.submission.max-file-size=256MB"})
@ActiveProfiles("test")
@Import(TestDatabaseConfig.class)
class IntakeBenchmark {

    static final String DEFAULT_ROWS = "100000,460000";
    static final int DEFAULT_WARMUP = 10_000;
    private static final Path DIR = Path.of("target", "benchmark");
    private static final Duration STAGING_TIMEOUT = Duration.ofMinutes(40);

    @Autowired
    ExcelUploadService uploads;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.gov.zjg.credit.validation.SubmissionValidation validation;

    /** Issue 4: validation of the staged batch, timed as the job does it on one shard. */
    private final List<String> validationLines = new ArrayList<>();

    @Test
    void measuresUploadToStagedAgainstAPlainRead() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.rows", DEFAULT_ROWS).split(","))
                .map(String::trim).mapToInt(Integer::parseInt).distinct().toArray();
        int warmup = Integer.getInteger("benchmark.warmup", DEFAULT_WARMUP);
        long departmentId = departments.findByCode("scjg").map(Department::id).orElseThrow();
        Files.createDirectories(DIR);
        List<BenchmarkReport.Result> results = new ArrayList<>();
        try (HeapWatch heap = new HeapWatch()) {
            if (warmup > 0) {
                measure(generated(warmup), warmup, departmentId, heap); // JIT and pools warm; not reported
            }
            for (int rows : sizes) {
                results.add(measure(generated(rows), rows, departmentId, heap));
            }
        }
        String report = BenchmarkReport.markdown(results, jdbc.queryForObject("select version()", String.class))
                + "\n\n### Validation of the staged batch (validateSubmissions, one shard)\n\n"
                + "| rows | wall time | rows/s | JVM CPU | job summary |\n| --- | --- | --- | --- | --- |\n"
                + String.join("\n", validationLines) + "\n";
        Files.writeString(DIR.resolve("results.md"), report);
        System.out.println(report); // the benchmark's output, also in target/benchmark/results.md

        assertThat(results).allSatisfy(result -> assertThat(result.rowsStaged()).isEqualTo(result.rows()));
    }

    private void measureValidation(int rows) {
        long cpu = HeapWatch.processCpuNanos();
        long start = System.nanoTime();
        String summary = validation.validatePending(new cn.gov.zjg.credit.jobs.JobRunService.Progress() {
            @Override
            public int shardIndex() {
                return 0;
            }

            @Override
            public int shardTotal() {
                return 1;
            }

            @Override
            public void report(int rowsProcessed, int rowsFailed) {
                // the benchmark times the whole run
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        validationLines.add(String.format("| %,d | %.1f s | %,.0f | %.1f s | %s |", rows, seconds, rows / seconds,
                (HeapWatch.processCpuNanos() - cpu) / 1e9, summary));
    }

    private BenchmarkReport.Result measure(Path file, int rows, long departmentId, HeapWatch heap) throws Exception {
        heap.reset();
        double load = HeapWatch.loadAverage();
        long cpu = HeapWatch.processCpuNanos();
        long start = System.nanoTime();
        int plainRows = plainRead(file);
        var plain = new BenchmarkReport.Phase(System.nanoTime() - start, HeapWatch.processCpuNanos() - cpu,
                heap.peakUsed(), heap.peakAfterGc(), heap.collections());
        assertThat(plainRows).isEqualTo(rows);

        heap.reset();
        cpu = HeapWatch.processCpuNanos();
        long dbCpu = HeapWatch.databaseCpuNanos();
        start = System.nanoTime();
        Batch batch;
        try (InputStream in = Files.newInputStream(file)) {
            batch = uploads.upload(RecordType.LICENSE, departmentId,
                    new ExcelUploadService.Upload(file.getFileName().toString(), Files.size(file), in), "clerk-scjg");
        }
        long acceptedNanos = System.nanoTime() - start;
        batch = awaitFinished(batch, start);
        var staging = new BenchmarkReport.Phase(System.nanoTime() - start, HeapWatch.processCpuNanos() - cpu,
                heap.peakUsed(), heap.peakAfterGc(), heap.collections());
        dbCpu = HeapWatch.databaseCpuNanos() - dbCpu;

        assertThat(batch.status()).as("batch %s: %s", batch.batchNo(), batch.failureReason())
                .isEqualTo(BatchStatus.STAGED);
        assertThat(batch.rowsFailed()).isZero();
        assertThat(batches.countStoredRows(batch)[0]).isEqualTo(rows);
        measureValidation(rows);
        return new BenchmarkReport.Result(rows, Files.size(file), plain, staging, acceptedNanos, dbCpu,
                batch.rowsStaged(), load, HeapWatch.loadAverage());
    }

    /** What EasyExcel costs alone: same file, same READ_CELL_DATA mode, a listener that does nothing. */
    private static int plainRead(Path file) {
        int[] count = {0};
        EasyExcel.read(file.toFile(), new ReadListener<Map<Integer, ReadCellData<?>>>() {
            @Override
            public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
                count[0]++;
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // nothing to finish
            }
        }).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA).headRowNumber(1).sheet(0).doRead();
        return count[0];
    }

    private Batch awaitFinished(Batch batch, long start) throws InterruptedException {
        long deadline = start + STAGING_TIMEOUT.toNanos();
        while (batch.status() == BatchStatus.READING) {
            assertThat(System.nanoTime()).as("batch %s still reading", batch.batchNo()).isLessThan(deadline);
            Thread.sleep(50);
            batch = batches.find(batch.id(), null);
        }
        return batch;
    }

    /** The generated file for this many rows; kept in target/benchmark, so later runs reuse it. */
    private static Path generated(int rows) throws IOException {
        Path file = DIR.resolve("license-%d-v%d.xlsx".formatted(rows, LicenseFileGenerator.VERSION));
        if (!Files.exists(file)) {
            Path partial = DIR.resolve(file.getFileName() + ".part");
            long start = System.nanoTime();
            LicenseFileGenerator.write(partial, rows, rows);
            Files.move(partial, file);
            System.out.printf("Generated %s (%,d rows, %,d bytes) in %.1f s%n", file, rows, Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
        return file;
    }
}
