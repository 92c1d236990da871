package cn.gov.zjg.credit.publication.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.zjg.credit.demo.DemoDataset;
import cn.gov.zjg.credit.demo.DemoRecords;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.jobs.JobRunService;
import cn.gov.zjg.credit.publication.PublicationService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.BatchService;
import cn.gov.zjg.credit.submission.BatchStatus;
import cn.gov.zjg.credit.submission.Channel;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.RowNormalizer;
import cn.gov.zjg.credit.submission.StagedRow;
import cn.gov.zjg.credit.support.TestDatabaseConfig;
import cn.gov.zjg.credit.validation.PublicityPeriod;
import cn.gov.zjg.credit.validation.PublicityPeriods;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication throughput (issue 5, docs/benchmarks.md): {@code benchmark.publication.records} (default 100,000)
 * approved records, 78% licenses and 22% penalties of the demo generator over a pool of subjects that recur, are
 * published by {@code PublicationService.publishApproved} as the job runs it, on {@code benchmark.publication.shards}
 * shards at once (default 1; each shard on its own thread, as on its own node). Target: at least 10,000 records/s.
 *
 * <p>The records are staged through {@code BatchService} and set APPROVED (with the publicity period validation would
 * give a penalty) by SQL, so only publication is timed. Its own database, cleaned and migrated on each run:
 * {@code benchmark.publication.db.url} [jdbc:mysql://127.0.0.1:3306/credit_bench_publication]. Run with
 * {@code ./mvnw -pl credit-server -am -Pbenchmark verify -Dtest=PublicationBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${benchmark.publication.db.url:jdbc:mysql://127.0.0.1:3306/credit_bench_publication"
            + "?createDatabaseIfNotExist=true}",
    "spring.datasource.username=${benchmark.db.user:root}", "spring.datasource.password=${benchmark.db.password:}",
    "spring.data.redis.url=${benchmark.redis.url:redis://127.0.0.1:6379/14}", "logging.level.root=warn"})
@ActiveProfiles("test")
@Import(TestDatabaseConfig.class)
class PublicationBenchmark {

    private static final Path DIR = Path.of("target", "benchmark");
    private static final int STAGE_CHUNK = 1_000;

    @Autowired
    BatchService batches;

    @Autowired
    DepartmentService departments;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicityPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void publishesApprovedRecordsAtTheTargetRate() throws Exception {
        int records = Integer.getInteger("benchmark.publication.records", 100_000);
        int shards = Integer.getInteger("benchmark.publication.shards", 1);
        int penalties = (int) Math.round(records * 0.22);
        DemoDataset.Plan plan = new DemoDataset.Plan(42, records - penalties, penalties, 0, records / 4,
                records / 20);
        long stageStart = System.nanoTime();
        stage(plan, false);
        stage(plan, true);
        double stagingSeconds = (System.nanoTime() - stageStart) / 1e9;
        assertThat(count("select count(*) from license_staging where status = 'APPROVED'")
                + count("select count(*) from penalty_staging where status = 'APPROVED'")).isEqualTo(records);

        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long jvmCpu = jvmCpuNanos();
        long dbCpu = Cpu.mariadbdNanos();
        long start = System.nanoTime();
        List<String> summaries = publishOnShards(shards);
        double seconds = (System.nanoTime() - start) / 1e9;
        jvmCpu = jvmCpuNanos() - jvmCpu;
        dbCpu = Cpu.mariadbdNanos() - dbCpu;

        long published = count("select count(*) from publicity_license") + count("select count(*) from publicity_penalty");
        String report = """
                ## Publication throughput (publishApproved)

                - %s; CPUs %d; max heap %d MB; database %s; load average %.2f before, %.2f after
                - staged and approved %,d records (%,d licenses, %,d penalties) in %.1f s (not part of the figure)

                | records | shards | wall time | records/s | JVM CPU | mariadbd CPU | legal subjects | natural persons |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | %,d | %d | %.1f s | **%,.0f** | %.1f s | %.1f s | %,d | %,d |

                Job summaries: %s. Target (≥ 10,000 records/s): %s
                """.formatted(System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                jdbc.queryForObject("select version()", String.class), load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), records, plan.licenses(),
                plan.penalties(), stagingSeconds, published, shards, seconds, published / seconds, jvmCpu / 1e9,
                dbCpu / 1e9, count("select count(*) from legal_subject"), count("select count(*) from natural_person"),
                summaries, published / seconds >= 10_000 ? "met" : "NOT met");
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("publication.md"), report);
        System.out.println(report);

        assertThat(published).isEqualTo(records);
        assertThat(count("select count(*) from license_staging where status <> 'PUBLISHED'")
                + count("select count(*) from penalty_staging where status <> 'PUBLISHED'")).isZero();
    }

    /** Stages one record type in batches of the departments, then approves them as a reviewer would. */
    private void stage(DemoDataset.Plan plan, boolean penalty) {
        RecordType type = penalty ? RecordType.PENALTY : RecordType.LICENSE;
        DemoRecords generator = new DemoRecords(plan.seed(), LocalDate.now(clock));
        int count = penalty ? plan.penalties() : plan.licenses();
        for (int from = 0; from < count; from += STAGE_CHUNK) {
            Map<String, List<Map<String, Object>>> byDepartment = new LinkedHashMap<>();
            for (int i = from; i < Math.min(count, from + STAGE_CHUNK); i++) {
                DemoRecords.DemoRecord record = DemoDataset.record(generator, plan, penalty, i);
                byDepartment.computeIfAbsent(record.department().code(), k -> new ArrayList<>()).add(record.values());
            }
            byDepartment.forEach((code, rows) -> stageBatch(type, code, rows));
        }
        jdbc.update("update " + type.stagingTable() + " set status = 'APPROVED', reviewed_by = 'benchmark', "
                + "reviewed_at = current_timestamp(3) where status = 'STAGED'");
    }

    private void stageBatch(RecordType type, String departmentCode, List<Map<String, Object>> values) {
        long department = departments.findByCode(departmentCode).orElseThrow().id();
        Batch batch = batches.create(new BatchService.NewBatch(department, type, Channel.API, null, "JSON",
                null, null, null, "benchmark"));
        List<StagedRow> rows = new ArrayList<>(values.size());
        List<Object[]> tiers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            RowNormalizer.Result read = RowNormalizer.fromFieldCodes(type, i + 1, values.get(i));
            assertThat(read.errors()).isEmpty();
            rows.add(read.row());
            if (type == RecordType.PENALTY) {
                LocalDate decided = LocalDate.parse(((String) values.get(i).get("CF_JDRQ")).replace('/', '-'));
                PublicityPeriod p = periods.period(decided, null,
                        List.of(((String) values.get(i).get("CF_CFLB")).split(";"))).orElseThrow();
                tiers.add(new Object[] {p.tier().name(), p.minEnd(), p.maxEnd(), p.published(), batch.id(), i + 1});
            }
        }
        batches.stageChunk(batch, rows, List.of(), List.of(), rows.size(), rows.size(), 0);
        batches.finish(batch.id(), BatchStatus.STAGED, null);
        if (!tiers.isEmpty()) { // what validateSubmissions records for a penalty (decision 5)
            jdbc.batchUpdate("update penalty_staging set publicity_tier = ?, publicity_min_end = ?, "
                    + "publicity_max_end = ?, publicity_published = ? where batch_id = ? and source_row = ?", tiers);
        }
    }

    private List<String> publishOnShards(int shards) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(shards);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int shard = 0; shard < shards; shard++) {
                int index = shard;
                runs.add(pool.submit(() -> publication.publishApproved(new JobRunService.Progress() {
                    @Override
                    public int shardIndex() {
                        return index;
                    }

                    @Override
                    public int shardTotal() {
                        return shards;
                    }

                    @Override
                    public void report(int rowsProcessed, int rowsFailed) {
                        // the benchmark times the whole run
                    }
                })));
            }
            List<String> summaries = new ArrayList<>();
            for (Future<String> run : runs) {
                summaries.add(run.get());
            }
            return summaries;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
