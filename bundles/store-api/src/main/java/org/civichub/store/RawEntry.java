package org.civichub.store;

import java.util.Objects;
import org.civichub.model.SourceRecord;

/**
 * A source record as received, with what became of it. The raw store keeps the first write of a
 * record version: writing the same version again changes nothing.
 */
public record RawEntry(SourceRecord record, Outcome outcome, String residentId, String connectorId) {

    /** What the data path did with a record: merged into a resident, kept without one, or held back. */
    public enum Outcome { INDEXED, UNLINKED, QUARANTINED }

    public RawEntry(SourceRecord record, Outcome outcome, String residentId) {
        this(record, outcome, residentId, null);
    }

    public RawEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
    }
}
