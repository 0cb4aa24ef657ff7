package org.civichub.rest.internal.fakes;

import org.civichub.store.StoreHealth;

/** A store whose health is whatever {@link #state} is set to; up by default. */
public final class FakeStoreHealth implements StoreHealth {

    public volatile State state = State.UP;

    @Override
    public State state() {
        return state;
    }
}
