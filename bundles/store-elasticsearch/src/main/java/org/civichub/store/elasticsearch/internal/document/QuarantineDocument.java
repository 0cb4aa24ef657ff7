package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.store.QuarantineEntry;

/** A source record version held back, with its violations; the payload is stored, not indexed. */
public record QuarantineDocument(
        String department,
        String recordType,
        String sourceId,
        String recordKey,
        String sourceVersion,
        Instant updatedAt,
        Instant fetchedAt,
        String hash,
        Instant quarantinedAt,
        List<String> divisions,
        List<ViolationDoc> violations,
        Map<String, String> payload) {

    public static QuarantineDocument of(QuarantineEntry e) {
        SourceRecord r = e.record();
        return new QuarantineDocument(r.key().department(), r.key().recordType(), r.key().sourceId(),
                r.key().recordKey(), r.sourceVersion(), r.updatedAt(), r.fetchedAt(), r.hash(), e.quarantinedAt(),
                e.divisions(), e.violations().stream().map(ViolationDoc::of).toList(), r.payload());
    }

    public QuarantineEntry toEntry() {
        SourceRecord r = new SourceRecord(new SourceKey(department, recordType, sourceId), sourceVersion,
                updatedAt, fetchedAt, payload == null ? Map.of() : new LinkedHashMap<>(payload));
        return new QuarantineEntry(r, violations.stream().map(ViolationDoc::toViolation).toList(), quarantinedAt);
    }
}
