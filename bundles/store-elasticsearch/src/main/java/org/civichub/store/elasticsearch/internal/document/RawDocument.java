package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.Map;
import org.civichub.model.SourceRecord;
import org.civichub.store.RawEntry;

/**
 * A source record version as received, with what became of it. The payload is stored exactly as
 * received and not indexed, so no field a department sends can break the mapping.
 */
public record RawDocument(
        String connectorId,
        String department,
        String recordType,
        String sourceId,
        String recordKey,
        String sourceVersion,
        Instant updatedAt,
        Instant fetchedAt,
        String hash,
        String outcome,
        String residentId,
        Map<String, String> payload) {

    public static RawDocument of(RawEntry e) {
        SourceRecord r = e.record();
        return new RawDocument(e.connectorId(), r.key().department(), r.key().recordType(), r.key().sourceId(), r.key().recordKey(),
                r.sourceVersion(), r.updatedAt(), r.fetchedAt(), r.hash(), e.outcome().name(), e.residentId(),
                r.payload());
    }
}
