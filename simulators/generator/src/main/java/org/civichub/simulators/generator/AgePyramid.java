package org.civichub.simulators.generator;

/**
 * Ages drawn from the shape of China's 2020 census age pyramid (millions per five-year band, 0-4 to
 * 95-99), restricted to the range a household role allows, so that the generated population keeps
 * the census' bulges (around 30-34 and 50-54) and its narrowing top.
 */
final class AgePyramid {

    private static final double[] MILLIONS_PER_BAND = {
        77.9, 90.2, 85.3, 72.7, 74.9, 91.9, 124.1, 99.0, 93.0, 114.2,
        121.2, 101.4, 73.4, 74.0, 47.6, 31.0, 20.4, 10.6, 3.9, 0.9
    };
    static final int MAX_AGE = MILLIONS_PER_BAND.length * 5 - 1;

    private final double[] cumulative = new double[MAX_AGE + 2];

    AgePyramid() {
        for (int age = 0; age <= MAX_AGE; age++) {
            cumulative[age + 1] = cumulative[age] + MILLIONS_PER_BAND[age / 5] / 5;
        }
    }

    /** An age in {@code [min, max]}, weighted by the pyramid. */
    int age(Dice dice, int min, int max) {
        int lo = Math.max(0, min);
        int hi = Math.min(MAX_AGE, max);
        double target = cumulative[lo] + dice.unit() * (cumulative[hi + 1] - cumulative[lo]);
        for (int age = lo; age < hi; age++) {
            if (target < cumulative[age + 1]) {
                return age;
            }
        }
        return hi;
    }
}
