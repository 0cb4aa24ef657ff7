package org.civichub.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A count that only goes up (since the hub started). Thread-safe and cheap to increment. */
public final class Counter {

    private final LongAdder count = new LongAdder();

    Counter() {
    }

    public void increment() {
        count.increment();
    }

    /**
     * @throws IllegalArgumentException when {@code n} is negative: counters never go down
     */
    public void add(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a counter cannot go down: " + n);
        }
        count.add(n);
    }

    public long value() {
        return count.sum();
    }
}
