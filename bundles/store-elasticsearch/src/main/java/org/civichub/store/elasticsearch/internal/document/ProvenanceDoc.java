package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import org.civichub.model.Provenance;

/** The stored form of a {@link Provenance}. */
public record ProvenanceDoc(String department, String recordKey, String sourceVersion, Instant updatedAt) {

    public static ProvenanceDoc of(Provenance p) {
        return p == null ? null : new ProvenanceDoc(p.department(), p.recordKey(), p.sourceVersion(), p.updatedAt());
    }

    public Provenance toProvenance() {
        return new Provenance(department, recordKey, sourceVersion, updatedAt);
    }
}
