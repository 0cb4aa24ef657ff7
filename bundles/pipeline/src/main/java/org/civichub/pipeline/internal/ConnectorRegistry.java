package org.civichub.pipeline.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.civichub.cluster.NodeLeases;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the installed connectors; answers their status and mappers, and starts syncs. */
@Component(service = {Connectors.class, ConnectorMappers.class})
public final class ConnectorRegistry implements Connectors, ConnectorMappers {

    private final ConnectorStateStore states;
    private final SyncProgressBoard progress;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final NodeLeases leases;
    private final Map<String, SourceConnector> connectors = new ConcurrentHashMap<>();

    @Activate
    public ConnectorRegistry(@Reference ConnectorStateStore states, @Reference SyncProgressBoard progress,
            @Reference CamelContext camel, @Reference NodeLeases leases) {
        this.states = states;
        this.leases = leases;
        this.progress = progress;
        this.camel = camel;
        this.producer = camel.createProducerTemplate();
    }

    @Deactivate
    void deactivate() {
        producer.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConnector(SourceConnector c) {
        connectors.put(c.id(), c);
    }

    void removeConnector(SourceConnector c) {
        connectors.remove(c.id(), c);
    }

    @Override
    public List<ConnectorStatus> list() {
        return connectors.values().stream().sorted(Comparator.comparing(SourceConnector::id)).map(this::status).toList();
    }

    @Override
    public Optional<ConnectorStatus> get(String id) {
        return Optional.ofNullable(connectors.get(id)).map(this::status);
    }

    @Override
    public boolean sync(String id) {
        SourceConnector c = connectors.get(id);
        if (c == null) {
            return false;
        }
        producer.sendBody(c.syncEndpoint(), "");
        return true;
    }

    @Override
    public Optional<RecordMapper> mapper(String connectorId) {
        return Optional.ofNullable(connectors.get(connectorId)).map(SourceConnector::mapper);
    }

    private ConnectorStatus status(SourceConnector c) {
        ConnectorState s = states.get(c.id()).orElse(ConnectorState.initial(c.id()));
        return new ConnectorStatus(c.id(), c.department(), c.recordTypes(), state(c, s), s.watermark(),
                s.lastSync(), s.lastError(), s.lastErrorAt(), states.counts(c.id()),
                progress.progress(c.id()).orElse(null), leases.holder(StoredWatermarks.lease(c.id())).orElse(null));
    }

    private String state(SourceConnector c, ConnectorState s) {
        boolean started = camel.getRoutes().stream()
                .filter(r -> r.getRouteId().startsWith(c.id()))
                .anyMatch(r -> camel.getRouteController().getRouteStatus(r.getRouteId()) == ServiceStatus.Started);
        if (!started) {
            return "stopped";
        }
        boolean failedLast = s.lastErrorAt() != null && (s.lastSync() == null || s.lastErrorAt().isAfter(s.lastSync()));
        return failedLast ? "degraded" : "running";
    }
}
