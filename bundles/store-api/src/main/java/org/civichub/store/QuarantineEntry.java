package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * A source record held back, with every rule it breaks. Its id is the record version's id, so
 * quarantining the same version twice keeps one entry.
 */
public record QuarantineEntry(SourceRecord record, List<Violation> violations, Instant quarantinedAt) {

    public QuarantineEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a quarantine entry needs at least one violation");
        }
    }

    public String id() {
        return record.id();
    }
}
