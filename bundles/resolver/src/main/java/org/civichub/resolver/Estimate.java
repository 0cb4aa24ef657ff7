package org.civichub.resolver;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.StringJoiner;

/**
 * The result of an {@link Em} run: m and u per comparator and level, the estimated share of matching pairs,
 * the iterations run and whether the run converged. The arrays are copied in and out.
 *
 * @param comparators the comparators, in the order of the arrays
 * @param m           m per comparator, per level
 * @param u           u per comparator, per level
 * @param proportion  the estimated share of pairs that are the same person
 * @param iterations  the iterations run
 * @param converged   whether the last iteration changed no probability by more than the tolerance
 */
public record Estimate(List<FieldComparator> comparators, double[][] m, double[][] u, double proportion,
                       int iterations, boolean converged) {

    public Estimate {
        comparators = List.copyOf(comparators);
        m = copy(m);
        u = copy(u);
    }

    @Override
    public double[][] m() {
        return copy(m);
    }

    @Override
    public double[][] u() {
        return copy(u);
    }

    /**
     * The {@code comparator.<name>.m} and {@code .u} lines of the configuration format, six significant digits a
     * value, one line each, ending in a line break.
     */
    public String toConfig() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < comparators.size(); c++) {
            String name = comparators.get(c).configName();
            sb.append("comparator.").append(name).append(".m = ").append(render(m[c])).append('\n');
            sb.append("comparator.").append(name).append(".u = ").append(render(u[c])).append('\n');
        }
        return sb.toString();
    }

    private static String render(double[] values) {
        StringJoiner joiner = new StringJoiner(", ");
        for (double v : values) {
            joiner.add(new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString());
        }
        return joiner.toString();
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
