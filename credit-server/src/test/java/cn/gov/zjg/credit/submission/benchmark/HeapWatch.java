package cn.gov.zjg.credit.submission.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of one benchmark phase, two ways: the highest used heap seen by a daemon thread sampling every
 * {@link #SAMPLE_MILLIS} ms (what the JVM needed room for, garbage included), and the highest heap still in use right
 * after a garbage collection (closer to the live set the phase really holds). {@link #reset} starts a new phase.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    static final int SAMPLE_MILLIS = 20;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage first, so a phase does not pay for (or get credited with) the previous one's leftovers. */
    void reset() {
        System.gc();
        pause(200); // let the collection's own notification arrive before the counters restart
        long used = memory.getHeapMemoryUsage().getUsed();
        peakUsed.set(used);
        peakAfterGc.set(used);
        collections.set(0);
    }

    long peakUsed() {
        return Math.max(peakUsed.get(), memory.getHeapMemoryUsage().getUsed());
    }

    long peakAfterGc() {
        return peakAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    /** CPU time of the whole JVM so far (all threads, GC included): contention from other processes does not count. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the embedded mariadbd (a child process of this JVM), or 0 when it cannot be seen. */
    static long databaseCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                .sum();
    }

    /** The machine's load average over the last minute: how busy the machine was besides this run. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The -Xmx in effect: what the heap may grow to. */
    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> isHeapPool(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        peakAfterGc.accumulateAndGet(after, Math::max);
        collections.incrementAndGet();
    }

    private static boolean isHeapPool(String name) {
        return HEAP_POOLS.contains(name);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        while (running) {
            MemoryUsage heap = memory.getHeapMemoryUsage();
            peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
