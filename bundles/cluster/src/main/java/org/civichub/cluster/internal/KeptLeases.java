package org.civichub.cluster.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.civichub.store.StoreUnavailableException;

/**
 * The leases one node wants, kept: each {@link #renew()} round asks the store for every one (taking
 * those free or expired, renewing its own). The node holds a lease until a third of the lease time
 * before the expiry of its last successful renewal, by its own clock: renewed every third of the
 * lease time, a held lease never lapses while the store answers, and a node cut off from the store
 * stops the lease's work a third of the lease time before another node may take it over. Thread-safe.
 */
final class KeptLeases {

    private final Leases leases;
    private final String node;
    private final Duration duration;
    private final Clock clock;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Map<String, Lease> held = new ConcurrentHashMap<>();

    KeptLeases(Leases leases, String node, Duration duration, Clock clock) {
        if (duration.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("a lease must last at least 3 s, not " + duration);
        }
        this.leases = leases;
        this.node = node;
        this.duration = duration;
        this.clock = clock;
    }

    /** How often {@link #renew()} must run: a third of the lease time. */
    Duration renewalInterval() {
        return duration.dividedBy(3);
    }

    /** Wants the lease from the next renewal on; answers whether it was not wanted before. */
    boolean want(String name) {
        return wanted.add(name);
    }

    /** No longer wants the lease, and gives it back if held. */
    void drop(String name) {
        wanted.remove(name);
        Lease lease = held.remove(name);
        if (lease != null) {
            giveBack(lease);
        }
    }

    /**
     * One round: every lease wanted is asked for. A store that does not answer changes nothing here:
     * the leases held run out by themselves ({@link #holds}).
     */
    void renew() {
        wanted.forEach(this::renew);
    }

    /** Asks for one lease now. */
    void renew(String name) {
        try {
            Optional<Lease> got = leases.acquire(name, node, duration);
            if (got.isPresent()) {
                held.put(name, got.get());
            } else {
                held.remove(name);
            }
        } catch (StoreUnavailableException e) {
            // held leases lapse by themselves; the next round asks again
        }
    }

    /** Whether this node may do the lease's work now. */
    boolean holds(String name) {
        return held(name).isPresent();
    }

    /** The lease while this node holds it. */
    Optional<Lease> held(String name) {
        Lease lease = held.get(name);
        Instant until = lease == null ? null : lease.expiresAt().minus(renewalInterval());
        return until != null && clock.instant().isBefore(until) ? Optional.of(lease) : Optional.empty();
    }

    /**
     * Takes the lock for this node, asking again after a short wait while another node holds it. The
     * lock lasts a whole lease time, far longer than the work it guards.
     */
    Lease lock(String name, Sleeper sleeper) throws InterruptedException {
        long waitMillis = 1;
        while (true) {
            Optional<Lease> got = leases.acquire(name, node, duration);
            if (got.isPresent()) {
                return got.get();
            }
            sleeper.sleep(waitMillis);
            waitMillis = Math.min(50, waitMillis * 2);
        }
    }

    /** Gives a lock back. */
    void unlock(Lease lock) {
        giveBack(lock);
    }

    /** Waits; tests pass one that only counts. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** The holder of the lease as the store has it, unless it has run out. */
    Optional<String> holder(String name) {
        return leases.current(name).filter(l -> !l.expiredAt(clock.instant())).map(Lease::holder);
    }

    /** Gives back every lease held (a clean stop: other nodes take over at once). */
    void releaseAll() {
        wanted.clear();
        held.values().forEach(this::giveBack);
        held.clear();
    }

    String node() {
        return node;
    }

    private void giveBack(Lease lease) {
        try {
            leases.release(lease);
        } catch (StoreUnavailableException e) {
            // it runs out by itself
        }
    }
}
