package org.civichub.simulators.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulator's clock: it serves only rows whose update time is at or before {@link #now()}.
 * It moves only when {@link #set(Instant)} is called (by the admin API or a test), so a sync can be
 * replayed step by step. Thread-safe; listeners run in order, inside {@code set}, one change at a time.
 */
public final class Clock {

    /** Told about each change after it happened. */
    @FunctionalInterface
    public interface Listener {
        void clockMoved(Instant from, Instant to);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant now;

    public Clock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /**
     * A clock for a dataset: at {@code start} when given, else at the dataset's earliest update time,
     * else (no rows at all) at the current time to the second.
     */
    public static Clock forDataset(Dataset dataset, Instant start) {
        if (start != null) {
            return new Clock(start);
        }
        return new Clock(dataset.earliest().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    public Instant now() {
        return now;
    }

    /** Moves the clock (forward or back) and tells the listeners; returns the previous time. */
    public synchronized Instant set(Instant to) {
        Objects.requireNonNull(to, "to");
        Instant from = now;
        now = to;
        for (Listener listener : listeners) {
            listener.clockMoved(from, to);
        }
        return from;
    }

    /** Whether a row updated at {@code updatedAt} is served now. */
    public boolean serves(Instant updatedAt) {
        return !updatedAt.isAfter(now);
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
