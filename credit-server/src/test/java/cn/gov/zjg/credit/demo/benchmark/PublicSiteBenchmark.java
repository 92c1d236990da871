package cn.gov.zjg.credit.demo.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import cn.gov.zjg.credit.demo.DemoSubject;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.validation.PublicityPeriods;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public-site load benchmark (issue 6, docs/benchmarks.md): a city-scale dataset bulk-loaded into its own
 * database (330,000 legal persons, 1,000,000 published records, 5,500,000 natural persons; reused by later runs), then
 * p50/p95/p99 latency and throughput of search by code, search by name, subject profile and list pages (first and deep
 * keyset pages), at several concurrencies, against the application this test starts (or {@code benchmark.baseUrl}).
 *
 * <p>Run: {@code ./mvnw -pl credit-server -am -Pbenchmark verify -Dtest=PublicSiteBenchmark
 * -Dbenchmark.jvmArgs=-Xmx2g}. System properties (defaults in brackets): {@code benchmark.db.url}
 * [jdbc:mysql://127.0.0.1:3306/credit_bench_site], {@code benchmark.redis.url} [redis://127.0.0.1:6379/14],
 * {@code benchmark.legalPersons} [330000], {@code benchmark.records} [1000000], {@code benchmark.naturalPersons}
 * [5500000], {@code benchmark.loadThreads} [3], {@code benchmark.reload} [false], {@code benchmark.requests} [2000 per
 * scenario and concurrency], {@code benchmark.warmup} [300], {@code benchmark.concurrency} [1,4,16],
 * {@code benchmark.deepPage} [100], {@code benchmark.baseUrl} [this test's own server], {@code benchmark.bufferPool}
 * [unset; bytes: sets the database server's global innodb_buffer_pool_size first].
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${benchmark.db.url:jdbc:mysql://127.0.0.1:3306/credit_bench_site?createDatabaseIfNotExist=true}",
    "spring.datasource.username=${benchmark.db.user:root}", "spring.datasource.password=${benchmark.db.password:}",
    "spring.data.redis.url=${benchmark.redis.url:redis://127.0.0.1:6379/14}", "spring.thymeleaf.cache=true",
    // one load generator on one address: the per-client limits would answer 429 after a few requests
    "credit.portal.rate-limit.enabled=false",
    // the benchmark database outlives versions: a later build may bring migrations numbered below applied ones
    "spring.flyway.out-of-order=true",
    "logging.level.root=warn"})
@ActiveProfiles("test")
class PublicSiteBenchmark {

    static final long SEED = 20_261_127L;
    private static final Path DIR = Path.of("target", "benchmark");

    @Autowired
    PersonalDataProtection protection;

    @Autowired
    PublicityPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String dbUrl;

    @Test
    void measuresTheLoadAndThePublicPages() throws Exception {
        BulkLoader.Sizes sizes = new BulkLoader.Sizes(Integer.getInteger("benchmark.legalPersons", 330_000),
                Integer.getInteger("benchmark.records", 1_000_000),
                Integer.getInteger("benchmark.naturalPersons", 5_500_000), 0.22, SEED);
        String bufferPool = System.getProperty("benchmark.bufferPool");
        if (bufferPool != null) { // a global of the database server: opt-in, and reported
            jdbc.execute("set global innodb_buffer_pool_size = " + Long.parseLong(bufferPool));
        }
        StringBuilder report = new StringBuilder("## Public site load benchmark\n\n").append(environment());
        BulkLoader loader = new BulkLoader(dbUrl, protection, periods, LocalDate.now(clock),
                Integer.getInteger("benchmark.loadThreads", 3));
        if (Boolean.getBoolean("benchmark.reload") || !loader.isLoaded(sizes)) {
            report.append(loadReport(loader.load(sizes)));
        } else {
            report.append("Dataset already loaded (").append(sizes).append("); reused.\n\n");
        }
        assertThat(loader.isLoaded(sizes)).isTrue();
        double[] crypto = BulkLoader.cryptoMicros(protection);
        report.append("PersonalDataProtection on one thread: encryptText %.1f µs CPU, hash %.1f µs CPU per ID number; "
                .formatted(crypto[0], crypto[1]))
                .append("a natural person (ID and name encrypted, ID hashed) %.1f µs.%n%n".formatted(
                        2 * crypto[0] + crypto[1]));
        report.append(nameIndex());
        report.append(databaseSize());
        redis.execute((org.springframework.data.redis.core.RedisCallback<Void>) c -> {
            c.serverCommands().flushDb(); // pages cached by an earlier run on another dataset must not be served
            return null;
        });

        String base = System.getProperty("benchmark.baseUrl", "http://localhost:" + port);
        LoadGenerator load = new LoadGenerator(base);
        List<LoadGenerator.Result> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (LoadGenerator.Scenario scenario : PublicSiteScenarios.all(sizes, load,
                Integer.getInteger("benchmark.deepPage", 100), skipped)) {
            for (int concurrency : concurrencies()) {
                results.add(load.run(scenario, concurrency, Integer.getInteger("benchmark.warmup", 300),
                        Integer.getInteger("benchmark.requests", 2_000), SEED + concurrency));
            }
        }
        report.append(resultReport(base, results, skipped));
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("public-site.md"), report);
        System.out.println(report); // the benchmark's output, also in target/benchmark/public-site.md

        assertThat(results).allSatisfy(r -> assertThat(r.errors()).as("%s: %s", r.scenario(), r.firstError())
                .isZero());
    }

    private static int[] concurrencies() {
        return Arrays.stream(System.getProperty("benchmark.concurrency", "1,4,16").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }

    private String environment() {
        return "- JVM %s, max heap %d MB; CPUs %d; database %s, InnoDB buffer pool %d MB; load average %.2f%n%n"
                .formatted(System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), jdbc.queryForObject("select version()", String.class),
                jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String loadReport(List<BulkLoader.TableResult> tables) {
        StringBuilder text = new StringBuilder("### Bulk load (LOAD DATA LOCAL INFILE)\n\n"
                + "| table | rows | wall time | rows/s | generating (CPU) | waiting for LOAD DATA | data sent |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (BulkLoader.TableResult t : tables) {
            text.append("| %s | %,d | %.1f s | %,.0f | %.1f s | %.1f s | %,d MB |%n".formatted(t.table(),
                    t.rows(), t.seconds(), t.rows() / t.seconds(), t.generateCpuSeconds(), t.databaseSeconds(),
                    t.bytes() >> 20));
        }
        text.append("\nGenerating (thread CPU time) and waiting for LOAD DATA (wall time) are summed over the loading "
                + "threads, which overlap.\n");
        return text.append('\n').toString();
    }

    /**
     * The portal's name index (V15 portal_name_token) is kept by publication events, which a bulk load bypasses: its
     * own job rebuilds it, timed here. Skipped while the table does not exist or is already filled.
     */
    private String nameIndex() {
        Integer tables = jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = "
                + "database() and table_name = 'portal_name_token'", Integer.class);
        if (tables == null || tables == 0) {
            return "";
        }
        if (!Boolean.getBoolean("benchmark.reindex")
                && jdbc.queryForObject("select exists(select 1 from portal_name_token)", Integer.class) == 1) {
            return "Name index (portal_name_token) already built; reused.\n\n";
        }
        long start = System.nanoTime();
        com.xxl.job.core.handler.IJobHandler handler =
                com.xxl.job.core.executor.XxlJobExecutor.loadJobHandler("rebuildSubjectNameIndex");
        assertThat(handler).as("job rebuildSubjectNameIndex").isNotNull();
        com.xxl.job.core.context.XxlJobContext.setXxlJobContext(
                new com.xxl.job.core.context.XxlJobContext(0, null, 0, System.currentTimeMillis(), null, 0, 1));
        try {
            handler.execute();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            com.xxl.job.core.context.XxlJobContext.setXxlJobContext(null);
        }
        return "Name index rebuilt by job rebuildSubjectNameIndex in %.1f s (%,d tokens).%n%n".formatted(
                (System.nanoTime() - start) / 1e9,
                jdbc.queryForObject("select count(*) from portal_name_token", Long.class));
    }

    private String databaseSize() {
        return jdbc.queryForList("select table_name, table_rows, round((data_length + index_length) / 1048576) mb "
                + "from information_schema.tables where table_schema = database() and table_name in "
                + "('legal_subject', 'natural_person', 'publicity_license', 'publicity_penalty') order by table_name")
                .stream().map(row -> "%s ≈%s rows, %s MB".formatted(row.get("table_name"), row.get("table_rows"),
                        row.get("mb")))
                .reduce("Tables (data + indexes): ", (a, b) -> a + b + "; ") + "\n\n";
    }

    private static String resultReport(String base, List<LoadGenerator.Result> results, List<String> skipped) {
        StringBuilder text = new StringBuilder("### Pages (" + base + ")\n\n"
                + "| scenario | concurrency | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (LoadGenerator.Result r : results) {
            text.append("| %s | %d | %,d | %d | %.1f | %.1f | %.1f | %.0f | %,.0f |%n".formatted(r.scenario(),
                    r.concurrency(), r.requests(), r.errors(), r.p50(), r.p95(), r.p99(), r.max(), r.throughput()));
        }
        skipped.forEach(s -> text.append("\nNot measured: ").append(s));
        return text.append('\n').toString();
    }

    /** The query text a visitor types to find subject {@code index} by name: its 字号 and the start of its trade. */
    static String nameFragment(BulkLoader.Sizes sizes, SplittableRandom random) {
        while (true) {
            DemoSubject s = DemoSubject.legal(sizes.seed(), random.nextInt(sizes.legalPersons()));
            if (s.name().endsWith("公司")) {
                String name = s.name().startsWith("张家港市") ? s.name().substring(4) : s.name().substring(3);
                return URLEncoder.encode(name.substring(0, 4), StandardCharsets.UTF_8);
            }
        }
    }
}
