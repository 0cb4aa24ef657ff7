package org.civichub.pipeline.internal;

import java.util.Optional;
import org.civichub.cluster.NodeLeases;
import org.civichub.connector.api.Watermarks;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Connectors' watermarks as the intake stored them; of several hub nodes, the one holding a
 * connector's lease ({@code connector/<id>}) may move its watermark.
 */
@Component(service = Watermarks.class)
public final class StoredWatermarks implements Watermarks {

    private final ConnectorStateStore states;
    private final NodeLeases leases;

    @Activate
    public StoredWatermarks(@Reference ConnectorStateStore states, @Reference NodeLeases leases) {
        this.states = states;
        this.leases = leases;
    }

    @Override
    public Optional<String> watermark(String connectorId) {
        return states.get(connectorId).map(ConnectorState::watermark);
    }

    @Override
    public boolean mayRun(String connectorId) {
        return leases.holds(lease(connectorId));
    }

    /** The name of a connector's lease. */
    static String lease(String connectorId) {
        return "connector/" + connectorId;
    }
}
