package org.civichub.connector.api;

import java.time.Instant;
import java.util.Objects;

/** Sent to {@link Intake#SYNC_STARTED} when a sync run of connector {@code connectorId} begins. */
public record SyncStarted(String connectorId, Instant startedAt) {

    public SyncStarted {
        Objects.requireNonNull(connectorId, "connectorId");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
