package org.civichub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a connector instance remembers between runs: its watermark (an opaque, connector-defined
 * position in the source) and the outcome of its last sync.
 */
public record ConnectorState(
        String connectorId,
        String watermark,
        Instant lastSync,
        String lastError,
        Instant lastErrorAt) {

    public ConnectorState {
        Objects.requireNonNull(connectorId, "connectorId");
    }

    public static ConnectorState initial(String connectorId) {
        return new ConnectorState(connectorId, null, null, null, null);
    }
}
