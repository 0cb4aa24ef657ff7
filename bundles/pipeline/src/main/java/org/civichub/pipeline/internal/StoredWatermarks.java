package org.civichub.pipeline.internal;

import java.util.Optional;
import org.civichub.connector.api.Watermarks;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Connectors' watermarks as the intake stored them. */
@Component(service = Watermarks.class)
public final class StoredWatermarks implements Watermarks {

    private final ConnectorStateStore states;

    @Activate
    public StoredWatermarks(@Reference ConnectorStateStore states) {
        this.states = states;
    }

    @Override
    public Optional<String> watermark(String connectorId) {
        return states.get(connectorId).map(ConnectorState::watermark);
    }
}
