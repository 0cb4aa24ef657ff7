package org.civichub.simulators.civil;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perSecond} requests per API key in each one-second window of a millisecond ticker
 * (fixed windows, counted from the ticker's epoch). A refused request does not count. Thread-safe.
 */
final class RateLimit {

    private static final long WINDOW_MILLIS = 1000;

    private record Window(long index, int count) {
    }

    private final int perSecond;
    private final LongSupplier millis;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * @param perSecond requests allowed per key and window; 0 means no limit
     * @param millis the ticker (the wall clock in production, a settable one in tests)
     */
    RateLimit(int perSecond, LongSupplier millis) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("requests per second must be >= 0, not " + perSecond);
        }
        this.perSecond = perSecond;
        this.millis = Objects.requireNonNull(millis, "millis");
    }

    /**
     * Counts a request of a key, or refuses it.
     *
     * @return 0 when the request may go ahead, else the whole seconds (at least 1) until the key's
     *         window ends, for {@code Retry-After}
     */
    long acquire(String key) {
        if (perSecond == 0) {
            return 0;
        }
        long now = millis.getAsLong();
        long index = Math.floorDiv(now, WINDOW_MILLIS);
        boolean[] allowed = new boolean[1];
        windows.compute(key, (k, window) -> {
            Window current = window == null || window.index() != index ? new Window(index, 0) : window;
            allowed[0] = current.count() < perSecond;
            return allowed[0] ? new Window(index, current.count() + 1) : current;
        });
        if (allowed[0]) {
            return 0;
        }
        long remaining = (index + 1) * WINDOW_MILLIS - now;
        return Math.max(1, (remaining + WINDOW_MILLIS - 1) / WINDOW_MILLIS);
    }

    int perSecond() {
        return perSecond;
    }
}
