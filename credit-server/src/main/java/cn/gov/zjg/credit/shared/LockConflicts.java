package cn.gov.zjg.credit.shared;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Jobs on several shards or nodes touching the same rows at the same moment can deadlock on InnoDB's index locks; the
 * loser's transaction is rolled back whole (nothing half-done), so it is simply tried again after a short random pause.
 */
public final class LockConflicts {

    private LockConflicts() {
    }

    /** Runs {@code work} (one whole transaction), retrying it up to {@code attempts} times on a lock conflict. */
    public static <T> T retry(int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
