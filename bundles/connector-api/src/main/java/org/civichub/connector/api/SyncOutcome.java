package org.civichub.connector.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent to {@link Intake#SYNC_FINISHED} when a sync run ends. {@code error} is {@code null} after
 * a complete run and otherwise says why the run stopped (it will be retried from the watermark).
 */
public record SyncOutcome(String connectorId, Instant startedAt, Instant finishedAt, int records, String error) {

    public SyncOutcome {
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public boolean succeeded() {
        return error == null;
    }
}
