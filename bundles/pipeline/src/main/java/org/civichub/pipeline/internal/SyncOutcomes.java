package org.civichub.pipeline.internal;

import java.time.Duration;
import org.civichub.cluster.LeaseLostException;
import org.civichub.cluster.NodeLeases;
import org.civichub.connector.api.SyncOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;

/**
 * Records the end of each sync run in the connector's state, keeping its watermark; a run handed
 * over to another node, or ended on a node that lost the connector's lease meanwhile, leaves the
 * state to the node that holds it.
 */
final class SyncOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(SyncOutcomes.class);

    private final ConnectorStateStore states;
    private final NodeLeases node;

    SyncOutcomes(ConnectorStateStore states, NodeLeases node) {
        this.states = states;
        this.node = node;
    }

    void record(SyncOutcome o) {
        if (o.handedOver()) {
            LOG.info("Sync of {} handed over to the node that holds its lease now, after {} records", o.connectorId(),
                    o.records());
            return;
        }
        try {
            node.confirmHeld(StoredWatermarks.lease(o.connectorId()));
        } catch (LeaseLostException lost) {
            LOG.info("Sync of {} ended on a node that lost its lease ({}): the state is left to the node that holds it",
                    o.connectorId(), lost.getMessage());
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
