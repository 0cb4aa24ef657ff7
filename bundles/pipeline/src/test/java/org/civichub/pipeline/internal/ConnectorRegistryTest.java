package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.civichub.connector.api.RecordMapper;
import org.civichub.connector.api.SourceConnector;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.RecordCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {

    private final Map<String, ConnectorState> states = new HashMap<>();
    private final ConnectorStateStore store = new ConnectorStateStore() {
        @Override
        public Optional<ConnectorState> get(String id) {
            return Optional.ofNullable(states.get(id));
        }

        @Override
        public void put(ConnectorState state) {
            states.put(state.connectorId(), state);
        }

        @Override
        public List<RecordCounts> counts(String department) {
            return List.of(new RecordCounts("person", 4, 3, 0, 1, 0));
        }
    };
    private final BlockingQueue<String> syncs = new LinkedBlockingQueue<>();
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final SourceConnector police = new SourceConnector() {
        @Override
        public String id() {
            return "police-a";
        }

        @Override
        public String department() {
            return "police";
        }

        @Override
        public List<String> recordTypes() {
            return List.of("person");
        }

        @Override
        public RoutesBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from(syncEndpoint()).routeId("police-a-sync").process(e -> syncs.add("police-a"));
                }
            };
        }

        @Override
        public RecordMapper mapper() {
            return r -> null;
        }
    };
    private final ConnectorRegistry registry;

    ConnectorRegistryTest() throws Exception {
        camel.start();
        camel.addRoutes(police.routes());
        registry = new ConnectorRegistry(store, new SyncProgressBoard(), camel, new AloneNode());
        registry.addConnector(police);
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aConnectorWhoseLastSyncFailedIsDegradedAndRunningAgainAfterASuccess() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        states.put("police-a", new ConnectorState("police-a", "w1", t, "busy", t.plusSeconds(1)));
        ConnectorStatus degraded = registry.get("police-a").orElseThrow();
        assertThat(degraded.state()).isEqualTo("degraded");
        assertThat(degraded.counts()).containsExactly(new RecordCounts("person", 4, 3, 0, 1, 0));
        assertThat(degraded.watermark()).isEqualTo("w1");

        states.put("police-a", new ConnectorState("police-a", "w2", t.plusSeconds(2), "busy", t.plusSeconds(1)));
        assertThat(registry.get("police-a").orElseThrow().state()).isEqualTo("running");
        assertThat(registry.get("police-a").orElseThrow().node()).as("the node holding its lease").isEqualTo("alone");
    }

    @Test
    void aConnectorWithoutRunningRoutesIsStopped() throws Exception {
        camel.getRouteController().stopRoute("police-a-sync");
        assertThat(registry.list()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("stopped"));
    }

    @Test
    void syncReachesTheConnectorsEndpointAndUnknownIdsAreRefused() throws Exception {
        assertThat(registry.sync("police-a")).isTrue();
        assertThat(syncs.poll(10, TimeUnit.SECONDS)).isEqualTo("police-a");
        assertThat(registry.sync("nobody")).isFalse();
    }

    @Test
    void aRemovedConnectorIsGoneWithItsMapper() {
        assertThat(registry.mapper("police-a")).isPresent();
        registry.removeConnector(police);
        assertThat(registry.list()).isEmpty();
        assertThat(registry.mapper("police-a")).isEmpty();
    }
}
