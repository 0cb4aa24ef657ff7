package org.civichub.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * One measured phase: {@code users} closed-loop users with a mean think time of {@code thinkMs}
 * against one target for {@code seconds}; the latencies in microseconds of the searches answered
 * with success in that window, and the searches that failed in it.
 */
record PhaseResult(String target, int users, int thinkMs, double seconds, long[] latenciesMicros, long errors) {

    PhaseResult {
        latenciesMicros = latenciesMicros.clone();
        Arrays.sort(latenciesMicros);
    }

    /** The latencies, sorted (a copy). */
    @Override
    public long[] latenciesMicros() {
        return latenciesMicros.clone();
    }

    /** The searches answered with success in the window. */
    long queries() {
        return latenciesMicros.length;
    }

    /** Searches answered per second: in a closed loop, the rate at which they arrive too. */
    double perSecond() {
        return queries() / seconds;
    }

    /** The p-th percentile latency in milliseconds (nearest rank), {@code NaN} when nothing was answered. */
    double percentileMillis(double p) {
        return percentile(latenciesMicros, p) / 1000.0;
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value at least {@code p} percent of
     * all are at or below; {@code NaN} for none.
     */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /**
     * {@code target=api users=50 think_ms=1000 seconds=60.0 queries=2950 per_s=49.2 p50_ms=6.1
     * p90_ms=9.8 p99_ms=18.3 errors=0}.
     */
    String line() {
        return String.format(Locale.ROOT,
                "target=%s users=%d think_ms=%d seconds=%.1f queries=%d per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d",
                target, users, thinkMs, seconds, queries(), perSecond(), percentileMillis(50), percentileMillis(90),
                percentileMillis(99), errors);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseResult r && target.equals(r.target) && users == r.users && thinkMs == r.thinkMs
                && Double.compare(seconds, r.seconds) == 0 && Arrays.equals(latenciesMicros, r.latenciesMicros)
                && errors == r.errors;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * target.hashCode() + users) + Arrays.hashCode(latenciesMicros);
    }

    @Override
    public String toString() {
        return line();
    }
}
