package cn.gov.zjg.credit.publication.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time of the machine's mariadbd, read from /proc (Linux); 0 where it cannot be read. */
final class Cpu {

    /** Linux's USER_HZ: /proc/PID/stat counts clock ticks of 1/100 s. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private Cpu() {
    }

    static long mariadbdNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(Cpu::ticksIfMariadbd).sum() * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticksIfMariadbd(Path process) {
        try {
            if (!Files.readString(process.resolve("comm")).trim().equals("mariadbd")) {
                return 0;
            }
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
