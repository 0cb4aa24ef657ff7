package org.civichub.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One measured phase: {@code users} closed-loop users with a mean think time of {@code thinkMs}
 * against one target for {@code seconds}; the latencies in microseconds of the searches answered
 * with success in that window, the searches that failed in it, and the p99 of each
 * {@value #SLICE_SECONDS}-second slice of the window (by when each search was answered), which shows
 * whether a long tail is spread over the window or comes at its start.
 */
record PhaseResult(String target, int users, int thinkMs, double seconds, long[] latenciesMicros, long errors,
                   double[] sliceP99Millis) {

    /** The length of the slices of the window whose p99 is given on its own. */
    static final int SLICE_SECONDS = 10;

    PhaseResult {
        latenciesMicros = latenciesMicros.clone();
        Arrays.sort(latenciesMicros);
        sliceP99Millis = sliceP99Millis.clone();
    }

    /** A phase without the slices' p99. */
    PhaseResult(String target, int users, int thinkMs, double seconds, long[] latenciesMicros, long errors) {
        this(target, users, thinkMs, seconds, latenciesMicros, errors, new double[0]);
    }

    /**
     * A phase from its searches: the latency of each in microseconds and, at the same place, when it
     * was answered in milliseconds from the start of the window.
     */
    static PhaseResult of(String target, int users, int thinkMs, double seconds, long[] latenciesMicros,
                          long[] answeredAtMillis, long errors) {
        int slices = (int) Math.ceil(seconds / SLICE_SECONDS);
        long[][] bySlice = new long[slices][];
        int[] counts = new int[slices];
        for (long at : answeredAtMillis) {
            counts[slice(at, slices)]++;
        }
        for (int i = 0; i < slices; i++) {
            bySlice[i] = new long[counts[i]];
            counts[i] = 0;
        }
        for (int i = 0; i < latenciesMicros.length; i++) {
            int slice = slice(answeredAtMillis[i], slices);
            bySlice[slice][counts[slice]++] = latenciesMicros[i];
        }
        double[] p99 = new double[slices];
        for (int i = 0; i < slices; i++) {
            Arrays.sort(bySlice[i]);
            p99[i] = percentile(bySlice[i], 99) / 1000.0;
        }
        return new PhaseResult(target, users, thinkMs, seconds, latenciesMicros, errors, p99);
    }

    private static int slice(long atMillis, int slices) {
        return (int) Math.min(slices - 1, Math.max(0, atMillis / (SLICE_SECONDS * 1000L)));
    }

    /** The p99 of each slice of the window in milliseconds (a copy), none when not known. */
    @Override
    public double[] sliceP99Millis() {
        return sliceP99Millis.clone();
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

    /**
     * {@code # target=api users=50 p99_ms_per_10s=41.2,12.0,…}, or empty when the slices are not
     * known; a slice without an answer is {@code -}.
     */
    String sliceLine() {
        if (sliceP99Millis.length == 0) {
            return "";
        }
        StringJoiner values = new StringJoiner(",");
        for (double p : sliceP99Millis) {
            values.add(Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.1f", p));
        }
        return String.format(Locale.ROOT, "# target=%s users=%d think_ms=%d p99_ms_per_%ds=%s", target, users, thinkMs,
                SLICE_SECONDS, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseResult r && target.equals(r.target) && users == r.users && thinkMs == r.thinkMs
                && Double.compare(seconds, r.seconds) == 0 && Arrays.equals(latenciesMicros, r.latenciesMicros)
                && errors == r.errors && Arrays.equals(sliceP99Millis, r.sliceP99Millis);
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
