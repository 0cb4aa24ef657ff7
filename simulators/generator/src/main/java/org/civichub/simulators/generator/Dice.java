package org.civichub.simulators.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The single source of randomness of one generation run. Every choice the generator makes goes
 * through one instance, in a fixed order, so the same seed always yields the same dataset.
 * Not thread-safe.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A uniformly chosen integer in {@code [min, max]}. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A uniformly chosen double in {@code [0, 1)}. */
    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
