package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import org.civichub.store.Lease;

/** The stored form of a {@link Lease}. */
public record LeaseDocument(String name, String holder, Instant expiresAt, long fencing) {

    public static LeaseDocument of(Lease lease) {
        return new LeaseDocument(lease.name(), lease.holder(), lease.expiresAt(), lease.fencing());
    }

    public Lease toLease() {
        return new Lease(name, holder, expiresAt, fencing);
    }
}
