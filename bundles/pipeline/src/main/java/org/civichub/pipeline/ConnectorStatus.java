package org.civichub.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.civichub.store.RecordCounts;

/**
 * The state of one connector instance as operators see it.
 *
 * @param state     {@code running} (routes started, last sync succeeded or none yet),
 *                  {@code degraded} (the last sync failed) or {@code stopped} (routes not running)
 * @param watermark the connector's durable position in its source, {@code null} before the first page
 * @param counts    indexed and quarantined record versions per record type
 * @param progress  the sync running now on this node, {@code null} when none is
 * @param node      the hub node that holds the connector's lease and runs it, {@code null} when none
 *                  does (none asked yet, or its holder stopped renewing it)
 */
public record ConnectorStatus(
        String id,
        String department,
        List<String> recordTypes,
        String state,
        String watermark,
        Instant lastSync,
        String lastError,
        Instant lastErrorAt,
        List<RecordCounts> counts,
        SyncProgress progress,
        String node) {

    public ConnectorStatus {
        Objects.requireNonNull(id, "id");
        recordTypes = List.copyOf(recordTypes);
        counts = List.copyOf(counts);
    }

    /** A connector as one node sees it, without the node that runs it. */
    public ConnectorStatus(String id, String department, List<String> recordTypes, String state, String watermark,
            Instant lastSync, String lastError, Instant lastErrorAt, List<RecordCounts> counts, SyncProgress progress) {
        this(id, department, recordTypes, state, watermark, lastSync, lastError, lastErrorAt, counts, progress, null);
    }

    /** A connector with no sync running. */
    public ConnectorStatus(String id, String department, List<String> recordTypes, String state, String watermark,
            Instant lastSync, String lastError, Instant lastErrorAt, List<RecordCounts> counts) {
        this(id, department, recordTypes, state, watermark, lastSync, lastError, lastErrorAt, counts, null, null);
    }
}
