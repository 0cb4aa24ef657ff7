package org.civichub.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample of the comparison vectors of the candidate pairs the resolver scored, of at most
 * {@code capacity} vectors however many pairs it saw (reservoir sampling), for {@link Em} to
 * estimate m and u from the hub's own data. Safe to add to from several threads.
 */
public final class PairSample {

    private final int capacity;
    private final List<int[]> vectors;
    private final SplittableRandom random;
    private long seen;

    /** A sample of at most {@code capacity} vectors, drawn with a fixed seed. */
    public PairSample(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.vectors = new ArrayList<>(Math.min(capacity, 1 << 16));
        this.random = new SplittableRandom(0x5EED);
    }

    /** Offers the vector of one scored pair; it is kept with probability {@code capacity / seen}. */
    public synchronized void add(int[] levels) {
        seen++;
        if (vectors.size() < capacity) {
            vectors.add(levels.clone());
        } else if (capacity > 0) {
            long slot = random.nextLong(seen);
            if (slot < capacity) {
                vectors.set((int) slot, levels.clone());
            }
        }
    }

    /** The most vectors this sample keeps; 0 keeps none. */
    public int capacity() {
        return capacity;
    }

    /** How many pairs were offered. */
    public synchronized long seen() {
        return seen;
    }

    /** How many vectors are kept. */
    public synchronized int size() {
        return vectors.size();
    }

    /** A copy of the vectors kept. */
    public synchronized List<int[]> vectors() {
        return vectors.stream().map(int[]::clone).toList();
    }
}
