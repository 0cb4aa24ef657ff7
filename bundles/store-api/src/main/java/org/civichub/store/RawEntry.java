package org.civichub.store;

import java.util.Objects;
import org.civichub.model.SourceRecord;

/**
 * A source record as received, with what became of it. The raw store keeps the first write of a
 * record version: writing the same version again changes nothing.
 */
public record RawEntry(SourceRecord record, Outcome outcome, String residentId) {

    /** What the data path did with a record. */
    public enum Outcome { INDEXED, QUARANTINED }

    public RawEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
    }
}
