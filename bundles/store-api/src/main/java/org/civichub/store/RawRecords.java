package org.civichub.store;

import java.util.Optional;
import org.civichub.model.SourceRecord;

/** Reads source records as they were received. */
public interface RawRecords {

    /** The version of a record the hub received, if it has it. */
    Optional<SourceRecord> get(String recordKey, String sourceVersion);
}
