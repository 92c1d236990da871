package cn.gov.zjg.credit.demo;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.submission.Batch;
import cn.gov.zjg.credit.submission.RecordType;
import cn.gov.zjg.credit.submission.StagingQueue;
import cn.hutool.core.util.StrUtil;
import com.xxl.job.core.context.XxlJobContext;
import com.xxl.job.core.executor.XxlJobExecutor;
import com.xxl.job.core.handler.IJobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The living demo (issue 6): at the first start in demo mode, loads a fictitious dataset through the real path, in the
 * background so the site is up at once. The departments' records are staged as push calls ({@link DemoIntake}); the
 * jobs then run exactly as XXL-JOB or the local scheduler runs them: {@code validateSubmissions} validates, review
 * approves, {@code publishApproved} publishes, and {@code publicityLifecycle} withdraws penalties past their maximum
 * publicity period and expired licences. Red and black list entries are proposed by departments and approved by
 * the demo reviewer.
 *
 * <p>Loaded once: the {@code demo_dataset} row is the claim (sql/V18), so of two nodes starting together one loads; a
 * load whose node died is taken over after {@link #STALE_AFTER}, and every step is idempotent.
 */
@Component
@ConditionalOnProperty(name = "credit.demo.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDatasetProperties.class)
class DemoDataLoader {

    static final String DEFAULT_DATASET = "default";
    static final Duration STALE_AFTER = Duration.ofMinutes(30);
    private static final int AWAIT_ROUNDS = 120;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final DemoDatasetProperties props;
    private final DemoDatasetMapper datasets;
    private final DemoIntake intake;
    private final DemoReview review;
    private final DemoRedBlack redBlack;
    private final DepartmentService departments;
    private final StagingQueue queue;
    private final Clock clock;

    DemoDataLoader(DemoDatasetProperties props, DemoDatasetMapper datasets, DemoIntake intake, DemoReview review,
            DemoRedBlack redBlack, DepartmentService departments, StagingQueue queue, Clock clock) {
        this.redBlack = redBlack;
        this.queue = queue;
        this.props = props;
        this.datasets = datasets;
        this.intake = intake;
        this.review = review;
        this.departments = departments;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        if (!props.enabled()) {
            return;
        }
        Thread loader = new Thread(() -> loadOnce(DEFAULT_DATASET,
                new DemoDataset.Plan(props.seed(), props.licenses(), props.penalties(), 100), true), "demo-dataset");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Loads the dataset {@code name} unless it is loaded or being loaded by a live node; returns the outcome, or null
     * when there was nothing to do. {@code policies}: add the demo's auto-approval policies (not in a shared test
     * database, where they would approve other tests' batches).
     */
    String loadOnce(String name, DemoDataset.Plan plan, boolean policies) {
        boolean claimed = datasets.claim(name, NODE, plan.seed(), plan.licenses(), plan.penalties()) == 1
                || datasets.takeOver(name, NODE, LocalDateTime.now(clock).minus(STALE_AFTER)) == 1;
        if (!claimed) {
            log.info("Demo dataset '{}' is {} (nothing to do on this node)", name, datasets.findStatus(name));
            return null;
        }
        try {
            String summary = load(name, plan, policies);
            datasets.finish(name, "DONE", StrUtil.sub(summary, 0, 500));
            log.info("Demo dataset '{}' loaded: {}", name, summary);
            return summary;
        } catch (RuntimeException e) {
            log.error("Demo dataset '{}' failed; another start will try again", name, e);
            datasets.finish(name, "FAILED", StrUtil.sub(e.getClass().getSimpleName() + ": " + e.getMessage(), 0, 500));
            throw e;
        }
    }

    /** The steps of a load; {@code name} keeps the batches' idempotency keys apart from other datasets'. */
    String load(String name, DemoDataset.Plan plan, boolean policies) {
        long start = System.nanoTime();
        List<DemoDataset.DemoBatch> batches = DemoDataset.batches(plan, LocalDate.now(clock));
        log.info("Demo dataset '{}': staging {} licenses and {} penalties in {} batches", name, plan.licenses(),
                plan.penalties(), batches.size());
        Map<DemoDataset.DemoBatch, Batch> staged = new LinkedHashMap<>();
        int rows = 0;
        for (DemoDataset.DemoBatch batch : batches) {
            RecordType type = batch.penalty() ? RecordType.PENALTY : RecordType.LICENSE;
            String key = "demo-%s-%s-%s-%d".formatted(name, batch.department().code(), type.prefix(),
                    batch.sequence());
            DemoIntake.Staged done = intake.stage(departmentId(batch.department()), type, batch.records(), key,
                    "api:demo-" + batch.department().code());
            staged.put(batch, done.batch());
            rows += done.staged();
        }
        log.info("Demo dataset '{}': {} rows staged; validating (validateSubmissions)", name, rows);
        awaitJob("validateSubmissions", staged.values(), Set.of("STAGED", "VALIDATING"));

        if (policies) {
            DemoReview.AUTO_APPROVED_LICENSES.forEach(d -> review.addLicensePolicy(departmentId(d)));
        }
        runJob("publishApproved"); // the policies approve first, then these are published
        int approved = 0;
        int waiting = 0;
        for (var entry : staged.entrySet()) {
            DemoDataset.DemoBatch batch = entry.getKey();
            if (batch.latest() && DemoReview.LEFT_FOR_REVIEW.contains(batch.department())) {
                waiting += batch.records().size();
            } else {
                approved += review.approveBatch(entry.getValue().id());
            }
        }
        log.info("Demo dataset '{}': reviewer approved {} rows, {} left in the review queue; publishing", name,
                approved, waiting);
        awaitJob("publishApproved", staged.values(), Set.of("APPROVED", "PUBLISHING"));

        int revoked = review.revoke(RecordType.PENALTY, departmentId(DemoDepartment.MARKET), "scjg",
                recordsOf(batches, DemoDepartment.MARKET, true), 3, "行政复议决定撤销原处罚决定")
                + review.revoke(RecordType.LICENSE, departmentId(DemoDepartment.HOUSING), "zjj",
                        recordsOf(batches, DemoDepartment.HOUSING, false), 2, "被许可人以欺骗手段取得许可，依法撤销");
        LocalDate today = LocalDate.now(clock);
        int black = redBlack.blackList(DemoDepartment.ENVIRONMENT, departmentId(DemoDepartment.ENVIRONMENT), "HJYZSX",
                recordsOf(batches, DemoDepartment.ENVIRONMENT, true), 6, today)
                + redBlack.blackList(DemoDepartment.FIRE, departmentId(DemoDepartment.FIRE), "AQSCYZ",
                        recordsOf(batches, DemoDepartment.FIRE, true), 4, today);
        int red = redBlack.redList(departments.findByCode("sw").map(Department::id).orElseThrow(),
                recordsOf(batches, DemoDepartment.MARKET, false), 8, today);
        log.info("Demo dataset '{}': {} revoked, {} black-list and {} red-list entries; lifecycle", name, revoked,
                black, red);
        runJob("publicityLifecycle");
        return "%d rows staged in %d batches, validated; %d approved by the reviewer (others by policy), %d left for "
                .formatted(rows, batches.size(), approved, waiting)
                + "review; published; %d revoked; %d black-list and %d red-list entries; lifecycle run; %.1f s"
                        .formatted(revoked, black, red, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs the job until no row of the batches is in one of the {@code transient} statuses. The scheduler may run the
     * same job at the same moment; both are safe, but a run can lose its claims to the other (or fail on a lock
     * conflict), so the loader checks the rows rather than trusting one run.
     */
    private void awaitJob(String job, Collection<Batch> batches, Set<String> transientStatuses) {
        for (int round = 0; round < AWAIT_ROUNDS; round++) {
            runJob(job);
            if (batches.stream().allMatch(b -> queue.countByStatus(b).keySet().stream()
                    .noneMatch(transientStatuses::contains))) {
                return;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + job, e);
            }
        }
        throw new IllegalStateException(job + " left rows of the demo batches unfinished");
    }

    /** The records of a department's approved batches of one type. */
    private static List<Map<String, Object>> recordsOf(List<DemoDataset.DemoBatch> batches, DemoDepartment department,
            boolean penalty) {
        return batches.stream().filter(b -> b.department() == department && b.penalty() == penalty && !b.latest())
                .flatMap(b -> b.records().stream()).toList();
    }

    private long departmentId(DemoDepartment department) {
        return departments.findByCode(department.code()).map(Department::id).orElseThrow(
                () -> new IllegalStateException("demo department missing: " + department.code()));
    }

    /** Runs a job handler on this node as the local scheduler does (one shard of one); false if it does not exist. */
    static boolean runJob(String handlerName) {
        IJobHandler handler = XxlJobExecutor.loadJobHandler(handlerName);
        if (handler == null) {
            log.warn("Demo dataset: no job handler {} on this node; skipped", handlerName);
            return false;
        }
        XxlJobContext previous = XxlJobContext.getXxlJobContext();
        try {
            XxlJobContext.setXxlJobContext(new XxlJobContext(0, null, 0, System.currentTimeMillis(), null, 0, 1));
            handler.execute();
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("job " + handlerName + " failed", e);
        } finally {
            XxlJobContext.setXxlJobContext(previous);
        }
    }
}
