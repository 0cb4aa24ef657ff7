package org.civichub.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * How often something took how long: the count, the sum and the longest of the recorded durations,
 * and how many took at most each of a fixed set of bounds. Written as a Prometheus histogram
 * ({@code _bucket{le="…"}}, {@code _count}, {@code _sum}) and a gauge {@code <name>_max}, so that a
 * percentile of any stretch of time can be read from two scrapes. Thread-safe.
 */
public final class Timer {

    /**
     * The buckets' upper bounds in seconds, from a millisecond to ten seconds: fine where an answer to
     * a person is expected (every few milliseconds up to 50 ms), coarser beyond.
     */
    static final double[] BOUNDS = {0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02, 0.025,
            0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10};

    private static final long[] BOUND_NANOS = Arrays.stream(BOUNDS).mapToLong(b -> Math.round(b * 1e9)).toArray();

    private final long[] buckets = new long[BOUNDS.length];
    private long count;
    private long sumNanos;
    private long maxNanos;

    Timer() {
    }

    /** Records one duration; negative ones count as zero. */
    public synchronized void record(long nanos) {
        long n = Math.max(0, nanos);
        count++;
        sumNanos += n;
        maxNanos = Math.max(maxNanos, n);
        int i = Arrays.binarySearch(BOUND_NANOS, n);
        int bucket = i >= 0 ? i : -i - 1;
        if (bucket < buckets.length) {
            buckets[bucket]++;
        }
    }

    public void record(Duration d) {
        record(d.toNanos());
    }

    /** Runs {@code work} and records how long it took, also when it throws. */
    public <T> T time(Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(System.nanoTime() - start);
        }
    }

    public synchronized long count() {
        return count;
    }

    public synchronized double sumSeconds() {
        return sumNanos / 1e9;
    }

    public synchronized double maxSeconds() {
        return maxNanos / 1e9;
    }

    /**
     * For each bound in increasing order (1 ms to 10 s), how many durations took at most that long
     * (cumulative, as Prometheus counts buckets); those longer than the last bound count only in
     * {@link #count()}.
     */
    public synchronized long[] cumulativeCounts() {
        long[] out = new long[buckets.length];
        long sum = 0;
        for (int i = 0; i < buckets.length; i++) {
            sum += buckets[i];
            out[i] = sum;
        }
        return out;
    }
}
