package org.civichub.simulators.police;

/**
 * Decides which queryChanges calls the service answers with the {@code SERVICE_BUSY} fault instead
 * of a page. Calls are numbered from 1 since the policy was put in place. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface BusyPolicy {

    /** Whether call number {@code call} (1-based) is answered busy. */
    boolean isBusy(long call);

    /** Never busy. */
    static BusyPolicy never() {
        return BusyPolicies.NEVER;
    }

    /** Every call busy. */
    static BusyPolicy always() {
        return everyNth(1);
    }

    /** Calls n, 2n, 3n, ... busy. */
    static BusyPolicy everyNth(long n) {
        return new BusyPolicies.EveryNth(n);
    }

    /**
     * Each call busy with probability {@code rate}, drawn from a PRNG seeded with {@code seed}, so
     * the same sequence of calls gets the same answers.
     */
    static BusyPolicy randomly(double rate, long seed) {
        return new BusyPolicies.Randomly(rate, seed);
    }
}
