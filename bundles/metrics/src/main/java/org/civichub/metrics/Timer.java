package org.civichub.metrics;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How often something took how long: the count, the sum and the longest of the recorded durations.
 * Written as a Prometheus summary without quantiles ({@code _count}, {@code _sum}) and a gauge
 * {@code <name>_max}. Thread-safe.
 */
public final class Timer {

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
}
