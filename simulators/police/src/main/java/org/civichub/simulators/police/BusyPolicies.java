package org.civichub.simulators.police;

import java.util.Random;

/** The built-in {@link BusyPolicy} implementations, with readable names for the status report. */
final class BusyPolicies {

    static final BusyPolicy NEVER = new Never();

    private BusyPolicies() {
    }

    record Never() implements BusyPolicy {
        @Override
        public boolean isBusy(long call) {
            return false;
        }

        @Override
        public String toString() {
            return "never";
        }
    }

    record EveryNth(long n) implements BusyPolicy {
        EveryNth {
            if (n < 1) {
                throw new IllegalArgumentException("every n-th call needs n >= 1, not " + n);
            }
        }

        @Override
        public boolean isBusy(long call) {
            return call % n == 0;
        }

        @Override
        public String toString() {
            return n == 1 ? "always" : "every " + n + " calls";
        }
    }

    static final class Randomly implements BusyPolicy {
        private final double rate;
        private final long seed;
        private final Random random;

        Randomly(double rate, long seed) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("busy rate must be in [0, 1], not " + rate);
            }
            this.rate = rate;
            this.seed = seed;
            this.random = new Random(seed);
        }

        @Override
        public synchronized boolean isBusy(long call) {
            return random.nextDouble() < rate;
        }

        @Override
        public String toString() {
            return "random rate " + rate + " seed " + seed;
        }
    }
}
