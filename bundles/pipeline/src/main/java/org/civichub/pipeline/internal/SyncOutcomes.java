package org.civichub.pipeline.internal;

import org.civichub.connector.api.SyncOutcome;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;

/** Records the end of each sync run in the connector's state, keeping its watermark. */
final class SyncOutcomes {

    private final ConnectorStateStore states;

    SyncOutcomes(ConnectorStateStore states) {
        this.states = states;
    }

    void record(SyncOutcome o) {
        ConnectorState s = states.get(o.connectorId()).orElse(ConnectorState.initial(o.connectorId()));
        ConnectorState next = o.succeeded()
                ? new ConnectorState(s.connectorId(), s.watermark(), o.finishedAt(), s.lastError(), s.lastErrorAt())
                : new ConnectorState(s.connectorId(), s.watermark(), s.lastSync(), o.error(), o.finishedAt());
        states.put(next);
    }
}
