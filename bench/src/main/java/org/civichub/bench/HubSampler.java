package org.civichub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Reads the hub's own latency histograms while a phase runs against its API: one scrape when the
 * phase's measured window starts and one at the end of each {@value PhaseResult#SLICE_SECONDS}-second
 * slice of it, so that a phase's tail can be split into the hub's store searches
 * ({@value #SEARCH}), the wait for each answer's audit entry ({@value #AUDIT}), and the rest (the
 * API's own work, HTTP and the load generator), slice by slice beside the slices' p99 the users saw.
 * Values are the upper bounds of the hub's buckets the percentile falls in.
 */
final class HubSampler {

    static final String SEARCH = "civichub_search_seconds";
    static final String AUDIT = "civichub_audit_write_seconds";

    private final Supplier<Optional<HubHistograms>> scrape;
    private final double sliceSeconds;

    /** @param scrape reads the hub's metrics now; empty when they cannot be read */
    HubSampler(Supplier<Optional<HubHistograms>> scrape) {
        this(scrape, PhaseResult.SLICE_SECONDS);
    }

    /** A sampler with slices of another length than the phases' (for tests). */
    HubSampler(Supplier<Optional<HubHistograms>> scrape, double sliceSeconds) {
        this.scrape = scrape;
        this.sliceSeconds = sliceSeconds;
    }

    /**
     * Runs {@code phase} in this thread while another scrapes at {@code warmupSeconds} after now and
     * every slice after that, {@code seconds} long; returns the scrapes, none when one failed.
     */
    List<HubHistograms> during(double warmupSeconds, double seconds, Runnable phase) {
        long start = System.nanoTime();
        int slices = (int) Math.ceil(seconds / sliceSeconds);
        List<HubHistograms> scrapes = new ArrayList<>();
        boolean[] failed = {false};
        Thread sampler = new Thread(() -> {
            for (int k = 0; k <= slices && !failed[0]; k++) {
                double at = warmupSeconds + Math.min(seconds, k * sliceSeconds);
                long wake = start + Math.round(at * 1e9);
                for (long left = wake - System.nanoTime(); left > 0; left = wake - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                    if (Thread.currentThread().isInterrupted()) {
                        failed[0] = true;
                        return;
                    }
                }
                Optional<HubHistograms> h = scrape.get();
                if (h.isEmpty()) {
                    failed[0] = true;
                } else {
                    synchronized (scrapes) {
                        scrapes.add(h.get());
                    }
                }
            }
        }, "hub-metrics");
        sampler.setDaemon(true);
        sampler.start();
        try {
            phase.run();
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sampler.interrupt();
        }
        synchronized (scrapes) {
            return failed[0] || scrapes.size() != slices + 1 ? List.of() : List.copyOf(scrapes);
        }
    }

    /**
     * {@code # target=api users=50 think_ms=1000 hub_search_p99_ms=… audit_wait_p99_ms=…
     * hub_search_p99_ms_per_10s=… audit_wait_p99_ms_per_10s=…}, or empty without the scrapes.
     */
    static String line(PhaseResult phase, List<HubHistograms> scrapes) {
        if (scrapes.size() < 2) {
            return "";
        }
        HubHistograms first = scrapes.get(0);
        HubHistograms last = scrapes.get(scrapes.size() - 1);
        return String.format(Locale.ROOT, "# target=%s users=%d think_ms=%d hub_searches=%d hub_search_p99_ms=%s"
                        + " audit_wait_p99_ms=%s hub_search_p99_ms_per_%ds=%s audit_wait_p99_ms_per_%ds=%s",
                phase.target(), phase.users(), phase.thinkMs(), last.count(SEARCH, first),
                millis(last.percentileMillis(SEARCH, first, 99)), millis(last.percentileMillis(AUDIT, first, 99)),
                PhaseResult.SLICE_SECONDS, perSlice(scrapes, SEARCH), PhaseResult.SLICE_SECONDS, perSlice(scrapes, AUDIT));
    }

    private static String perSlice(List<HubHistograms> scrapes, String name) {
        StringJoiner out = new StringJoiner(",");
        for (int i = 1; i < scrapes.size(); i++) {
            out.add(millis(scrapes.get(i).percentileMillis(name, scrapes.get(i - 1), 99)));
        }
        return out.toString();
    }

    /** A bucket's bound in milliseconds as the hub's bounds are written: 7.5, 10, 12.5; {@code -} for none. */
    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "-";
        }
        if (Double.isInfinite(ms)) {
            return "inf";
        }
        double tenths = Math.round(ms * 10) / 10.0;
        return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }
}
