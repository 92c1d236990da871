package cn.gov.zjg.credit.demo;

import java.util.SplittableRandom;

/**
 * One random stream per generated item, derived from the dataset's seed, the kind of item and its index: an item is
 * the same whatever order or thread generates it, so the bulk benchmark can generate in parallel.
 */
final class DemoRandom {

    private DemoRandom() {
    }

    static SplittableRandom of(long seed, int kind, long index) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index));
    }

    /** SplitMix64's finaliser: spreads close inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
