package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmTest {

    /** Known m and u for id, name, birthDate, sex, address, in level order. */
    private static final double[][] M = {
        {0.90, 0.07, 0.03}, {0.85, 0.06, 0.05, 0.04}, {0.92, 0.05, 0.03}, {0.97, 0.03}, {0.70, 0.10, 0.10, 0.10}};
    private static final double[][] U = {
        {0.01, 0.04, 0.95}, {0.02, 0.01, 0.07, 0.90}, {0.03, 0.07, 0.90}, {0.50, 0.50}, {0.02, 0.05, 0.13, 0.80}};
    private static final double PROPORTION = 0.15;
    private static final double MISSING_RATE = 0.05;

    private static List<int[]> vectors(int n, long seed) {
        Random random = new Random(seed);
        List<int[]> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean match = random.nextDouble() < PROPORTION;
            int[] v = new int[M.length];
            for (int c = 0; c < M.length; c++) {
                v[c] = random.nextDouble() < MISSING_RATE ? FieldComparator.MISSING
                        : draw(match ? M[c] : U[c], random);
            }
            vectors.add(v);
        }
        return vectors;
    }

    private static int draw(double[] p, Random random) {
        double r = random.nextDouble();
        for (int l = 0; l < p.length - 1; l++) {
            r -= p[l];
            if (r < 0) {
                return l;
            }
        }
        return p.length - 1;
    }

    @Test
    void recoversKnownProbabilitiesFromTheDefaults() {
        Estimate estimate = Em.estimate(MatchModel.defaults(), 0.01, vectors(50_000, 42), 500, 1e-7);

        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.iterations()).isBetween(2, 500);
        assertThat(estimate.proportion()).isCloseTo(PROPORTION, within(0.01));
        for (int c = 0; c < M.length; c++) {
            for (int l = 0; l < M[c].length; l++) {
                assertThat(estimate.m()[c][l]).as("m %s %d", estimate.comparators().get(c), l)
                        .isCloseTo(M[c][l], within(0.02));
                assertThat(estimate.u()[c][l]).as("u %s %d", estimate.comparators().get(c), l)
                        .isCloseTo(U[c][l], within(0.01));
            }
        }
    }

    @Test
    void stopsAfterTheGivenIterations() {
        Estimate estimate = Em.estimate(MatchModel.defaults(), 0.01, vectors(2_000, 7), 3, 0);

        assertThat(estimate.iterations()).isEqualTo(3);
        assertThat(estimate.converged()).isFalse();
    }

    @Test
    void theConfigLinesReadBackAsAModel() throws IOException {
        Estimate estimate = Em.estimate(MatchModel.defaults(), 0.01, vectors(20_000, 3), 200, 1e-6);
        Properties lines = new Properties();
        lines.load(new StringReader(estimate.toConfig()));
        Map<String, Object> map = MatchModelTest.defaultMap();
        lines.forEach((k, v) -> map.put((String) k, v));
        // The synthetic probabilities are far weaker evidence than real ones: the default link threshold
        // could never be reached.
        map.put("threshold.link", "10");
        map.put("threshold.review", "5");

        MatchModel model = MatchModel.parse(map, "estimate");

        assertThat(estimate.toConfig()).startsWith("comparator.id.m = ").contains("\ncomparator.address.u = ");
        assertThat(lines).hasSize(10);
        for (int c = 0; c < M.length; c++) {
            for (int l = 0; l < M[c].length; l++) {
                assertThat(model.m(c)[l]).isCloseTo(estimate.m()[c][l], within(1e-6));
                assertThat(model.u(c)[l]).isCloseTo(estimate.u()[c][l], within(1e-6));
            }
        }
    }

    @Test
    void estimatesStayAboveTheFloor() {
        List<int[]> allAgree = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            allAgree.add(new int[] {0, 0, 0, 0, 0});
            allAgree.add(new int[] {2, 3, 2, 1, 3});
        }

        Estimate estimate = Em.estimate(MatchModel.defaults(), 0.1, allAgree, 100, 1e-9);

        for (double[][] probabilities : List.of(estimate.m(), estimate.u())) {
            for (double[] levels : probabilities) {
                for (double p : levels) {
                    assertThat(p).isGreaterThanOrEqualTo(Em.FLOOR * 0.99).isLessThan(1);
                }
            }
        }
        assertThat(estimate.proportion()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void refusesVectorsThatDoNotFitTheModel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Em.estimate(MatchModel.defaults(), 0.1, List.of(new int[] {0, 0}), 10, 1e-6))
                .withMessageContaining("2 levels, the model has 5 comparators");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Em.estimate(MatchModel.defaults(), 0.1, List.of(new int[] {0, 0, 0, 2, 0}), 10,
                        1e-6))
                .withMessageContaining("comparator sex");
    }
}
