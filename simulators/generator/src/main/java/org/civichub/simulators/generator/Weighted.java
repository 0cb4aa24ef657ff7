package org.civichub.simulators.generator;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** An immutable list of items that are drawn with probability proportional to their weight. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
        this(items, items.stream().mapToDouble(weight).toArray());
    }

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight for each of at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** The items with the weights given in the same order. */
    static <T> Weighted<T> of(List<T> items, double... weights) {
        return new Weighted<>(items, weights.clone());
    }

    T draw(Dice dice) {
        double target = dice.unit() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        int index = i >= 0 ? i + 1 : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
