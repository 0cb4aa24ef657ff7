package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.SyncProgress;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorProgressTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aRunningSyncShowsItsProgressAndAnIdleConnectorNone() {
        ConnectorStatus idle = Fixtures.connector("labour-default", "labour", "running");
        api.connectors.add(new ConnectorStatus(idle.id(), idle.department(), idle.recordTypes(), idle.state(),
                idle.watermark(), idle.lastSync(), null, null, idle.counts(),
                new SyncProgress(Instant.parse("2024-06-01T09:59:00Z"), 1500, 3, 25.0)));

        JsonNode running = api.get("/connectors/labour-default", "ops").json();
        assertThat(running.get("progress").get("since").asText()).isEqualTo("2024-06-01T09:59:00Z");
        assertThat(running.get("progress").get("records").asLong()).isEqualTo(1500);
        assertThat(running.get("progress").get("pages").asInt()).isEqualTo(3);
        assertThat(running.get("progress").get("recordsPerSecond").asDouble()).isEqualTo(25.0);

        JsonNode list = api.get("/connectors", "ops").json().get("items");
        assertThat(List.of(list.get(0), list.get(2))).allSatisfy(c -> assertThat(c.get("progress").isNull()).isTrue());
    }
}
