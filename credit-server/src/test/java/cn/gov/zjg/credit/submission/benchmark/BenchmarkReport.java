package cn.gov.zjg.credit.submission.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;

/** The benchmark's Markdown report: the machine, then one table row per file. */
final class BenchmarkReport {

    private static final double MB = 1024 * 1024;

    private BenchmarkReport() {
    }

    /** One timed phase: elapsed and JVM CPU time, peak heap used, peak heap after a collection, collections. */
    record Phase(long nanos, long cpuNanos, long peakUsed, long peakAfterGc, long collections) {

        double seconds() {
            return nanos / 1e9;
        }

        double rowsPerSecond(int rows) {
            return rows / seconds();
        }
    }

    /** One file: the plain read, upload-to-staged, and how long {@code upload()} itself took (the synchronous part). */
    record Result(int rows, long fileBytes, Phase plain, Phase staging, long acceptedNanos, long databaseCpuNanos,
            int rowsStaged,
            double loadBefore, double loadAfter) {

        double ratio() {
            return staging.rowsPerSecond(rows) / plain.rowsPerSecond(rows);
        }
    }

    static String markdown(List<Result> results, String databaseVersion) {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String xmxArgs = runtime.getInputArguments().stream().filter(a -> a.startsWith("-Xmx"))
                .collect(Collectors.joining(" "));
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder("\n## Intake benchmark\n\n");
        out.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", max heap in effect ")
                .append(mb(HeapWatch.maxHeap())).append(" MB (").append(xmxArgs.isEmpty() ? "no -Xmx" : xmxArgs)
                .append("), GC: ").append(gcs).append('\n');
        out.append("- CPUs available: ").append(Runtime.getRuntime().availableProcessors())
                .append("; OS: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append("; database: ").append(databaseVersion).append('\n');
        out.append("- Times: wall clock, then [JVM CPU time, all threads and GC]. Upload→staged runs from the upload() "
                + "call until the batch is STAGED; (…) is the upload() call itself (copy, checks, original stored); "
                + "{…} is the CPU time of mariadbd meanwhile\n");
        out.append("- Heap: peak used (sampled every ").append(HeapWatch.SAMPLE_MILLIS)
                .append(" ms) / peak still used after a GC, in MB; the whole JVM, Spring context included\n");
        out.append("- Load: the machine's 1-minute load average before / after the file (other processes count)\n\n");
        out.append("| rows | file | plain read | plain rows/s | plain heap | upload→staged | staging rows/s "
                + "| staging heap | staging/plain | load |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            out.append(("| %,d | %.1f MB | %.1f s [%.1f s] | %,.0f | %.0f / %.0f | %.1f s [%.1f s] (%.1f s) {%.1f s} | %,.0f "
                    + "| %.0f / %.0f | **%.2f** | %.1f / %.1f |%n").formatted(r.rows(), r.fileBytes() / MB,
                    r.plain().seconds(), r.plain().cpuNanos() / 1e9, r.plain().rowsPerSecond(r.rows()),
                    r.plain().peakUsed() / MB, r.plain().peakAfterGc() / MB, r.staging().seconds(),
                    r.staging().cpuNanos() / 1e9, r.acceptedNanos() / 1e9, r.databaseCpuNanos() / 1e9,
                    r.staging().rowsPerSecond(r.rows()),
                    r.staging().peakUsed() / MB, r.staging().peakAfterGc() / MB, r.ratio(), r.loadBefore(),
                    r.loadAfter()));
        }
        boolean met = results.stream().allMatch(r -> r.ratio() >= 0.5);
        out.append("\nTarget (staging ≥ 0.5 × plain read, every file): ").append(met ? "met" : "NOT met").append('\n');
        return out.toString();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / MB);
    }
}
