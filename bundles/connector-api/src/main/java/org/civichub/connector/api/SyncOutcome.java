package org.civichub.connector.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent to {@link Intake#SYNC_FINISHED} when a sync run ends. {@code error} is {@code null} after
 * a complete run and otherwise says why the run stopped (it will be retried from the watermark).
 * {@code handedOver}: the run stopped because this node no longer holds the connector's lease;
 * the node that does now runs it, from the watermark, and the connector's state is left to it.
 */
public record SyncOutcome(String connectorId, Instant startedAt, Instant finishedAt, int records, String error,
                          boolean handedOver) {

    public SyncOutcome {
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A run that ended on this node: complete ({@code error} null) or stopped by an error. */
    public SyncOutcome(String connectorId, Instant startedAt, Instant finishedAt, int records, String error) {
        this(connectorId, startedAt, finishedAt, records, error, false);
    }

    public boolean succeeded() {
        return error == null && !handedOver;
    }
}
