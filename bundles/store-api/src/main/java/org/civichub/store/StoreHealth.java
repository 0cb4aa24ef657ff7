package org.civichub.store;

/**
 * How the store is doing, for the hub's health check. The answer is a state only: no data, no
 * messages, so it may be shown to anyone who asks.
 */
public interface StoreHealth {

    /** The store's state, from the cluster's own view of itself. */
    enum State {
        /** Every copy of the hub's data is available. */
        UP,
        /** The hub's data can be read and written, but not every copy is available (e.g. replicas missing). */
        DEGRADED,
        /** The store cannot be reached, or some of the hub's data is unavailable. */
        DOWN
    }

    /** Asks the store now. Never throws: a store that cannot be asked is {@link State#DOWN}. */
    State state();
}
