package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.civichub.store.StoreHealth;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's health from {@code _cluster/health} of the hub's own indices: green is up, yellow
 * degraded, red or no answer down. The indices are set up first if they are not yet, so a cluster
 * the hub cannot write to is not reported up.
 */
@Component(service = StoreHealth.class)
public final class ClusterHealth implements StoreHealth {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterHealth.class);

    private final Connection connection;

    @Activate
    public ClusterHealth(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public State state() {
        try {
            HealthResponse health = connection.call("report its health", client -> client.cluster().health(h -> h
                    .index(connection.settings().indexPrefix() + "-*")
                    .timeout(Time.of(t -> t.time("2s")))));
            return of(health.status());
        } catch (RuntimeException e) {
            LOG.debug("Elasticsearch health unknown", e);
            return State.DOWN;
        }
    }

    static State of(HealthStatus status) {
        return switch (status) {
            case Green -> State.UP;
            case Yellow -> State.DEGRADED;
            default -> State.DOWN;
        };
    }
}
