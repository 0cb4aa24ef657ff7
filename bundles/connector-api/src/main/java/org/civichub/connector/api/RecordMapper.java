package org.civichub.connector.api;

import org.civichub.model.SourceRecord;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Maps a source record, exactly as received, to what it says about a person. A pure function: no
 * I/O, no state, safe to call from several threads.
 */
@ConsumerType
@FunctionalInterface
public interface RecordMapper {

    /** The mapped fragment, or every violation found. Never throws for bad input. */
    Mapping map(SourceRecord record);
}
