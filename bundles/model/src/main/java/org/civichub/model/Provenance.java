package org.civichub.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a value came from: the department, the source record key ({@link SourceKey#recordKey()}),
 * that record's version, and the time the department says it was updated.
 */
public record Provenance(String department, String recordKey, String sourceVersion, Instant updatedAt) {

    public Provenance {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(recordKey, "recordKey");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether this source is more recent than {@code other}; ties are broken by record key and version. */
    public boolean isNewerThan(Provenance other) {
        int c = updatedAt.compareTo(other.updatedAt);
        if (c == 0) {
            c = (recordKey + "@" + sourceVersion).compareTo(other.recordKey + "@" + other.sourceVersion);
        }
        return c > 0;
    }
}
