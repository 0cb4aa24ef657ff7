package org.civichub.pipeline.internal;

import java.time.Instant;
import org.civichub.cluster.NodeLeases;
import org.civichub.store.Lease;

/** A hub that runs alone: it holds every lease and takes every lock at once. */
class AloneNode implements NodeLeases {

    @Override
    public String node() {
        return "alone";
    }

    @Override
    public boolean holds(String lease) {
        return true;
    }

    @Override
    public java.util.Optional<String> holder(String lease) {
        return java.util.Optional.of(node());
    }

    @Override
    public void drop(String lease) {
    }

    @Override
    public Lease lock(String name) {
        return new Lease(name, node(), Instant.MAX, 1);
    }

    @Override
    public void unlock(Lease lock) {
    }

    @Override
    public void confirmLock(Lease lock) {
    }

    @Override
    public void confirmHeld(String lease) {
    }
}
