package org.civichub.connector.generic.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.civichub.connector.generic.internal.mapping.RecordMapping;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/**
 * How a source's fields become a {@link SourceRecord}: department and record type from the
 * configuration and the mapping, the key and the version (the update time as sent) from the
 * mapping's fields, the update time read from the version ({@link Instant#EPOCH} when unreadable:
 * the mapper then reports it), the payload exactly as received.
 */
public record RecordSpec(String department, String recordType, String keyField, String versionField) {

    public RecordSpec {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(keyField, "keyField");
        Objects.requireNonNull(versionField, "versionField");
    }

    public static RecordSpec of(String department, RecordMapping mapping) {
        return new RecordSpec(department, mapping.recordType(), mapping.keyField(), mapping.versionField());
    }

    public SourceRecord record(Map<String, String> payload, Instant fetchedAt) {
        String version = payload.getOrDefault(versionField, "");
        return new SourceRecord(new SourceKey(department, recordType, payload.getOrDefault(keyField, "")), version,
                SourceDates.time(version).orElse(Instant.EPOCH), fetchedAt, payload);
    }
}
