package org.civichub.simulators.civil;

import java.util.Random;

/**
 * Decides which authorised, unthrottled requests the service answers 503 instead of a page. Requests
 * are numbered from 1 since the policy was put in place. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface UnavailablePolicy {

    /** Whether request number {@code request} (1-based) is answered 503. */
    boolean isUnavailable(long request);

    /** Never unavailable. */
    static UnavailablePolicy never() {
        return new UnavailablePolicy() {
            @Override
            public boolean isUnavailable(long request) {
                return false;
            }

            @Override
            public String toString() {
                return "never";
            }
        };
    }

    /** Requests n, 2n, 3n, ... unavailable (1 = every request). */
    static UnavailablePolicy everyNth(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("every n-th request needs n >= 1, not " + n);
        }
        return new UnavailablePolicy() {
            @Override
            public boolean isUnavailable(long request) {
                return request % n == 0;
            }

            @Override
            public String toString() {
                return "every " + n + " requests";
            }
        };
    }

    /**
     * Each request unavailable with probability {@code rate}, drawn from a PRNG seeded with
     * {@code seed}, so the same sequence of requests gets the same answers. The policy carries the
     * PRNG's state: give each simulator a policy of its own.
     */
    static UnavailablePolicy randomly(double rate, long seed) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("unavailable rate must be in [0, 1], not " + rate);
        }
        Random random = new Random(seed);
        return new UnavailablePolicy() {
            @Override
            public boolean isUnavailable(long request) {
                synchronized (random) {
                    return random.nextDouble() < rate;
                }
            }

            @Override
            public String toString() {
                return "random rate " + rate + " seed " + seed;
            }
        };
    }
}
