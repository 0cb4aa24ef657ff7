package org.civichub.cluster.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.cluster.LeaseLostException;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.civichub.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leases one node wants, kept: each {@link #renew()} round shows the node alive (its presence
 * lease, {@code node/<id>}), counts the nodes alive, keeps what it holds and takes free or expired
 * leases up to its fair share of each kind ({@link #share}); a node that holds more than its share
 * gives the surplus back, so the work spreads over the nodes and moves to the others when one stops.
 * A lease given back stops this node's work at once and is released in the store a round later, so
 * the work under way (a page being stored) normally ends before another node may begin; work that
 * takes longer overlaps with the next node's, which only repeats idempotent writes. The node holds a lease until a third of the lease time before the
 * expiry of its last successful renewal, by its own clock: renewed every third of the lease time, a
 * held lease never lapses while the store answers, and a node cut off from the store stops the
 * lease's work a third of the lease time before another node may take it over. Thread-safe.
 */
final class KeptLeases {

    private static final Logger LOG = LoggerFactory.getLogger(KeptLeases.class);

    /** The start of the name of each node's presence lease, {@code node/<id>}. */
    static final String PRESENCE = "node/";

    private final Leases leases;
    private final String node;
    private final Duration duration;
    private final Clock clock;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    /** Given back by this node: its work stops at once, the store learns of it a round later. */
    private final Map<String, Lease> leaving = new ConcurrentHashMap<>();
    private volatile int nodes = 1;

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
     * One round: the presence renewed, the nodes alive counted, the leases held renewed, the surplus
     * over the fair share given back, and free leases taken up to it. A store that does not answer
     * changes nothing here: the leases held run out by themselves ({@link #holds}).
     */
    void renew() {
        try {
            leases.acquire(PRESENCE + node, node, duration);
            Instant now = clock.instant();
            nodes = Math.max(1, (int) leases.named(PRESENCE).stream().filter(l -> !l.expiredAt(now)).count());
        } catch (StoreUnavailableException e) {
            return;
        }
        leaving.values().forEach(this::giveBack);
        leaving.clear();
        List<String> names = new ArrayList<>(new TreeSet<>(wanted));
        names.stream().filter(this::holds).forEach(this::ask);
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            if (holds(name) && heldCount(kind(name)) > share(name)) {
                Lease surplus = held.remove(name);
                LOG.info("Node {} gives the lease {} back: {} nodes share the work", node, name, nodes);
                leaving.put(name, surplus);
            }
        }
        names.stream().filter(n -> !holds(n)).forEach(this::renew);
    }

    /** Asks for one lease now: renewed when held, taken when free and within this node's fair share. */
    void renew(String name) {
        if (holds(name) || !leaving.containsKey(name) && heldCount(kind(name)) < share(name)) {
            ask(name);
        }
    }

    /**
     * The most leases of the lease's kind this node takes: those of that kind wanted (by each node
     * alike) divided among the nodes alive, rounded up. Shared kind by kind, each node gets some of
     * each kind of work.
     */
    int share(String name) {
        String kind = kind(name);
        long ofKind = wanted.stream().filter(n -> kind(n).equals(kind)).count();
        return (int) Math.max(1, (ofKind + nodes - 1) / nodes);
    }

    /** The nodes alive at the last round (at least this one). */
    int nodes() {
        return nodes;
    }

    /** The kind of a lease: its name up to the last slash ({@code connector/}, {@code channel/}). */
    private static String kind(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    private long heldCount(String kind) {
        return wanted.stream().filter(n -> kind(n).equals(kind) && holds(n)).count();
    }

    /**
     * Asks the store for the lease. One ask at a time: a renewal round and a first want at the same
     * moment would otherwise race each other's compare-and-set, and the loser would take its own lease
     * for lost.
     */
    private synchronized void ask(String name) {
        try {
            Optional<Lease> got = leases.acquire(name, node, duration);
            Lease was = got.isPresent() ? held.put(name, got.get()) : held.remove(name);
            if (got.isPresent() && (was == null || was.fencing() != got.get().fencing())) {
                LOG.info("Node {} holds the lease {} (fencing {})", node, name, got.get().fencing());
            } else if (got.isEmpty() && was != null) {
                LOG.info("Node {} lost the lease {} to another node", node, name);
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

    /**
     * Extends the lock in the store, if no other node took it since it was taken: the same fencing
     * number comes back. Only the thread that holds the lock asks for it, so this compare-and-set
     * races no other ask of this node.
     */
    void confirmLock(Lease lock) {
        Optional<Lease> now = leases.acquire(lock.name(), node, duration);
        if (now.isEmpty()) {
            throw new LeaseLostException("node " + node + " lost the lock " + lock.name() + " (fencing "
                    + lock.fencing() + ") to another node");
        }
        if (now.get().fencing() != lock.fencing()) {
            giveBack(now.get());
            throw new LeaseLostException("node " + node + " lost the lock " + lock.name() + " (fencing "
                    + lock.fencing() + "): another node held it since (fencing " + now.get().fencing() + ")");
        }
    }

    /**
     * Reads the lease from the store: this node's, under the fencing number it holds (or is giving
     * back) the lease with, not run out. Only reads, so it races none of the renewal rounds.
     */
    void confirmHeld(String name) {
        Lease mine = held.containsKey(name) ? held(name).orElse(null) : leaving.get(name);
        if (mine == null) {
            throw new LeaseLostException("node " + node + " no longer holds the lease " + name);
        }
        Optional<Lease> stored = leases.current(name);
        if (stored.isEmpty() || !stored.get().holder().equals(node) || stored.get().fencing() != mine.fencing()
                || stored.get().expiredAt(clock.instant())) {
            throw new LeaseLostException("node " + node + " lost the lease " + name + " (fencing " + mine.fencing()
                    + "): the store has " + stored.map(l -> l.holder() + ", fencing " + l.fencing()
                    + (l.expiredAt(clock.instant()) ? ", run out" : "")).orElse("none"));
        }
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

    /** Gives back every lease held and the presence (a clean stop: other nodes take over at once). */
    void releaseAll() {
        wanted.clear();
        held.values().forEach(this::giveBack);
        held.clear();
        leaving.values().forEach(this::giveBack);
        leaving.clear();
        try {
            leases.current(PRESENCE + node).filter(l -> l.holder().equals(node)).ifPresent(this::giveBack);
        } catch (StoreUnavailableException e) {
            // it runs out by itself
        }
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
