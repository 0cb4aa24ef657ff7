package org.civichub.connector.health.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.SourceDates;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/**
 * Turns a drop file's rows into source records: the payload is every value under its header name,
 * exactly as read, plus the {@link RowFields} that say where the row was read and whether its width
 * differs from the header's. The key and the version are the type's key and update-time columns as
 * written; the update time is the version read, or the epoch when unreadable (the mapper then
 * reports it).
 */
public final class DropRecords {

    /** The department of every health record. */
    public static final String DEPARTMENT = "health";

    private DropRecords() {
    }

    public static SourceRecord of(String fileName, DropType type, List<String> header, FileRow row, Instant fetchedAt) {
        List<String> values = row.values();
        Map<String, String> payload = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            payload.put(i < header.size() ? header.get(i) : RowFields.column(i + 1), values.get(i));
        }
        payload.put(RowFields.FILE, fileName);
        payload.put(RowFields.ROW, Integer.toString(row.number()));
        if (values.size() != header.size()) {
            payload.put(RowFields.COLUMNS, values.size() + "/" + header.size());
        }
        String key = payload.getOrDefault(type.keyColumn(), "");
        String version = payload.getOrDefault(type.timeColumn(), "");
        return new SourceRecord(new SourceKey(DEPARTMENT, type.recordType(), key), version,
                SourceDates.time(version).orElse(Instant.EPOCH), fetchedAt, payload);
    }
}
