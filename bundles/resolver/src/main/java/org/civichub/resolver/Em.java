package org.civichub.resolver;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expectation–maximisation estimate of the m and u probabilities and of the share of matching pairs from
 * unlabelled comparison vectors, under conditional independence of the comparators (the Fellegi–Sunter
 * latent class model).
 *
 * <p>A vector holds one level index per comparator of the starting model, in its order, {@code -1}
 * ({@link FieldComparator#MISSING}) where a side lacked the value; a missing value is left out of the
 * likelihood. {@link MatchModel#compare} gives such vectors for candidate pairs. Estimates are kept at or above
 * {@value #FLOOR} so that every weight stays finite.
 */
public final class Em {

    /** The smallest probability an estimate holds. */
    public static final double FLOOR = 1e-6;

    private Em() {
    }

    /**
     * Runs EM from the m and u of {@code start}.
     *
     * @param start            the model whose comparators the vectors follow and whose m and u start the search
     * @param startProportion  the share of matching pairs to start from, in (0, 1)
     * @param vectors          the comparison vectors
     * @param maxIterations    the most iterations to run
     * @param tolerance        stop when no probability changes by more than this in an iteration
     * @throws IllegalArgumentException if a vector does not fit the model's comparators
     */
    public static Estimate estimate(MatchModel start, double startProportion, Collection<int[]> vectors,
                                    int maxIterations, double tolerance) {
        if (!(startProportion > 0 && startProportion < 1)) {
            throw new IllegalArgumentException("the start proportion must be in (0, 1): " + startProportion);
        }
        List<FieldComparator> comparators = start.comparators();
        int k = comparators.size();
        Patterns patterns = Patterns.of(vectors, comparators);
        double[][] m = new double[k][];
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            m[c] = start.m(c);
            u[c] = start.u(c);
        }
        double p = startProportion;
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double[][] mSum = zeros(m);
            double[][] uSum = zeros(u);
            double matches = 0;
            for (int i = 0; i < patterns.levels.length; i++) {
                int[] levels = patterns.levels[i];
                double pm = p;
                double pu = 1 - p;
                for (int c = 0; c < k; c++) {
                    if (levels[c] >= 0) {
                        pm *= m[c][levels[c]];
                        pu *= u[c][levels[c]];
                    }
                }
                double g = pm / (pm + pu);
                double count = patterns.counts[i];
                matches += count * g;
                for (int c = 0; c < k; c++) {
                    if (levels[c] >= 0) {
                        mSum[c][levels[c]] += count * g;
                        uSum[c][levels[c]] += count * (1 - g);
                    }
                }
            }
            double newP = clamp(matches / patterns.total);
            double change = Math.abs(newP - p);
            p = newP;
            for (int c = 0; c < k; c++) {
                change = Math.max(change, update(m[c], mSum[c]));
                change = Math.max(change, update(u[c], uSum[c]));
            }
            converged = change < tolerance;
        }
        return new Estimate(comparators, m, u, p, iteration, converged);
    }

    /** Replaces {@code probabilities} by the normalized, floored {@code sums}; returns the largest change. */
    private static double update(double[] probabilities, double[] sums) {
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        if (total <= 0) {
            return 0;
        }
        double[] next = new double[sums.length];
        double floored = 0;
        for (int l = 0; l < sums.length; l++) {
            next[l] = Math.max(FLOOR, sums[l] / total);
            floored += next[l];
        }
        double change = 0;
        for (int l = 0; l < sums.length; l++) {
            double v = next[l] / floored;
            change = Math.max(change, Math.abs(v - probabilities[l]));
            probabilities[l] = v;
        }
        return change;
    }

    private static double clamp(double p) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, p));
    }

    private static double[][] zeros(double[][] shape) {
        double[][] z = new double[shape.length][];
        for (int i = 0; i < shape.length; i++) {
            z[i] = new double[shape[i].length];
        }
        return z;
    }

    /** The distinct vectors with how often each occurs. */
    private record Patterns(int[][] levels, double[] counts, double total) {

        static Patterns of(Collection<int[]> vectors, List<FieldComparator> comparators) {
            Map<Long, int[]> byKey = new HashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            for (int[] v : vectors) {
                if (v.length != comparators.size()) {
                    throw new IllegalArgumentException("a vector has " + v.length + " levels, the model has "
                            + comparators.size() + " comparators");
                }
                long key = 0;
                for (int c = 0; c < v.length; c++) {
                    if (v[c] < FieldComparator.MISSING || v[c] >= comparators.get(c).levels().size()) {
                        throw new IllegalArgumentException("level " + v[c] + " out of range for comparator "
                                + comparators.get(c).configName());
                    }
                    key = key * 8 + v[c] + 1;
                }
                byKey.putIfAbsent(key, v.clone());
                counts.merge(key, 1, Integer::sum);
            }
            int[][] levels = new int[byKey.size()][];
            double[] n = new double[byKey.size()];
            int i = 0;
            for (Map.Entry<Long, int[]> e : byKey.entrySet()) {
                levels[i] = e.getValue();
                n[i++] = counts.get(e.getKey());
            }
            return new Patterns(levels, n, vectors.size());
        }
    }
}
