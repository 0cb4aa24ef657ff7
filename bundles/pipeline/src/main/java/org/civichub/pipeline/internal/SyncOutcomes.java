package org.civichub.pipeline.internal;

import java.time.Duration;
import org.civichub.connector.api.SyncOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;

/**
 * Records the end of each sync run in the connector's state, keeping its watermark; a run handed
 * over to another node leaves the state to that node.
 */
final class SyncOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(SyncOutcomes.class);

    private final ConnectorStateStore states;

    SyncOutcomes(ConnectorStateStore states) {
        this.states = states;
    }

    void record(SyncOutcome o) {
        if (o.handedOver()) {
            LOG.info("Sync of {} handed over to the node that holds its lease now, after {} records", o.connectorId(),
                    o.records());
            return;
        }
        Duration took = Duration.between(o.startedAt(), o.finishedAt());
        if (o.succeeded()) {
            LOG.info("Sync of {} finished: {} records in {} ms ({} records/s)", o.connectorId(), o.records(),
                    took.toMillis(), o.records() * 1000L / Math.max(1, took.toMillis()));
        } else {
            LOG.warn("Sync of {} stopped after {} records: {}", o.connectorId(), o.records(), o.error());
        }
        ConnectorState s = states.get(o.connectorId()).orElse(ConnectorState.initial(o.connectorId()));
        ConnectorState next = o.succeeded()
                ? new ConnectorState(s.connectorId(), s.watermark(), o.finishedAt(), s.lastError(), s.lastErrorAt())
                : new ConnectorState(s.connectorId(), s.watermark(), s.lastSync(), o.error(), o.finishedAt());
        states.put(next);
    }
}
