package org.civichub.cluster;

import org.civichub.store.Lease;
import org.osgi.annotation.versioning.ProviderType;

/**
 * This hub node among the others on one store: its id, and the leases it holds for the work one node
 * at a time may do (a connector's sync, a department's push channel). On a hub that runs alone it
 * holds every lease while the store answers.
 */
@ProviderType
public interface NodeLeases {

    /** This node's id ({@code etc/org.civichub.node.cfg}). */
    String node();

    /**
     * Whether this node may do the lease's work now. The first ask makes the node want the lease
     * from then on: it takes it at once if it is free, and keeps asking for it while it runs.
     */
    boolean holds(String lease);

    /**
     * The node that holds the lease now, as the store has it (empty when none does, or its holder
     * stopped renewing it); asking changes nothing.
     *
     * @throws org.civichub.store.StoreUnavailableException when the store cannot be reached
     */
    java.util.Optional<String> holder(String lease);

    /** No longer wants the lease, and gives it back if held, so another node takes it at once. */
    void drop(String lease);

    /**
     * Waits until this node holds the lock: a lease taken for one piece of work and given back by
     * {@link #unlock} right after it, so that of all nodes one at a time does such work. A node killed
     * while holding it holds up the others until the lease runs out.
     *
     * @return the lease held, to give back
     * @throws InterruptedException when interrupted while waiting
     * @throws org.civichub.store.StoreUnavailableException when the store cannot be reached
     */
    Lease lock(String name) throws InterruptedException;

    /** Gives a lock back (nothing happens when it had run out and another node holds it now). */
    void unlock(Lease lock);

    /**
     * The fencing check of a lock, right before a write only its holder may make: asks the store,
     * not this node's view of it, and extends the lock by a lease time from now, so the write that
     * follows is covered unless this node stalls that long again.
     *
     * @throws LeaseLostException when another node took the lock since {@code lock} was taken (its
     *         fencing number moved on, or another node holds it)
     * @throws org.civichub.store.StoreUnavailableException when the store cannot be reached
     */
    void confirmLock(Lease lock);

    /**
     * The fencing check of a kept lease ({@link #holds}), right before a write only its holder may
     * make: the store still has it as this node's, with the fencing number this node holds it
     * under, not run out. A lease this node is giving back still counts until the store has it back,
     * so the work under way ends.
     *
     * @throws LeaseLostException when this node no longer holds it, or the store says another node does
     * @throws org.civichub.store.StoreUnavailableException when the store cannot be reached
     */
    void confirmHeld(String lease);
}
