package org.civichub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A named piece of work that one hub node at a time may do, as the store holds it: the node that
 * holds it ({@code holder}), until when ({@code expiresAt}: afterwards any node may take it), and the
 * fencing number, raised every time the lease passes to another holder, so a holder can tell that it
 * lost the lease in between.
 */
public record Lease(String name, String holder, Instant expiresAt, long fencing) {

    public Lease {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the lease has run out at the given moment. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
