package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.civichub.store.StoreHealth;
import org.elasticsearch.client.Request;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's health from {@code _cluster/health} of the hub's own indices: green is up, yellow
 * degraded, red or no answer down. The indices are set up first if they are not yet, so a cluster
 * the hub cannot write to is not reported up.
 *
 * <p>The request goes through the low-level client and reads only {@code status}: the 8.17 client
 * cannot decode the full health response of an 8.15 server.
 */
@Component(service = StoreHealth.class)
public final class ClusterHealth implements StoreHealth {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterHealth.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    @Activate
    public ClusterHealth(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public State state() {
        try {
            String status = connection.call("report its health", client -> {
                Request request = new Request("GET", "/_cluster/health/" + connection.settings().indexPrefix() + "-*");
                request.addParameter("filter_path", "status");
                request.addParameter("timeout", "2s");
                try (InputStream body = ((RestClientTransport) client._transport()).restClient()
                        .performRequest(request).getEntity().getContent()) {
                    return JSON.readTree(body).path("status").asText();
                }
            });
            return of(status);
        } catch (RuntimeException e) {
            LOG.debug("Elasticsearch health unknown", e);
            return State.DOWN;
        }
    }

    /** {@code green}, {@code yellow} or {@code red}, as {@code _cluster/health} spells them. */
    static State of(String status) {
        return switch (status) {
            case "green" -> State.UP;
            case "yellow" -> State.DEGRADED;
            default -> State.DOWN;
        };
    }
}
