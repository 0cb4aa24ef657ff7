package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import org.civichub.store.ConnectorState;

/** The stored form of a {@link ConnectorState}. */
public record ConnectorStateDocument(
        String connectorId, String watermark, Instant lastSync, String lastError, Instant lastErrorAt) {

    public static ConnectorStateDocument of(ConnectorState s) {
        return new ConnectorStateDocument(s.connectorId(), s.watermark(), s.lastSync(), s.lastError(), s.lastErrorAt());
    }

    public ConnectorState toState() {
        return new ConnectorState(connectorId, watermark, lastSync, lastError, lastErrorAt);
    }
}
