package org.civichub.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Leases shared by every hub node on one store: a node does a lease's work only while it holds it,
 * and renews it well before it runs out; a node that stops renewing (killed, stalled, cut off) loses
 * it when it expires, and another node takes it. Each change is a compare-and-set in the store, so of
 * two nodes asking at once exactly one gets a lease.
 */
public interface Leases {

    /**
     * Takes the lease for {@code holder} for {@code duration} from now when it is free, expired or
     * already the holder's (then it is renewed, keeping its fencing number).
     *
     * @return the lease as now held, or empty when another holder has it (or took it at the same moment)
     * @throws StoreUnavailableException when the store cannot be reached: the caller must then act as if
     *         it did not hold the lease once its last known expiry has passed
     */
    Optional<Lease> acquire(String name, String holder, Duration duration);

    /** Gives the lease back at once, if {@code lease.holder()} still holds it with this fencing number. */
    void release(Lease lease);

    /** The lease as stored, whoever holds it and whether or not it has expired. */
    Optional<Lease> current(String name);

    /**
     * Every lease whose name starts with {@code prefix}, as stored, expired or not, at most 1,000. It
     * is searched: a lease first written within the last second may be missing.
     *
     * @throws StoreUnavailableException when the store cannot be reached
     */
    List<Lease> named(String prefix);
}
