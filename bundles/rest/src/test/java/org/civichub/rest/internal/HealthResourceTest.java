package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.StoreHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthResourceTest {

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
    void answersWithoutCredentialsWithEachComponentsState() {
        Reply r = api.get("/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(r.json().get("status").asText()).as("a connector's last sync failed").isEqualTo("degraded");
        assertThat(api.json(r.json().get("components"))).isEqualTo(Map.of(
                "hub", "up", "elasticsearch", "up",
                "connector:health-default", "degraded", "connector:police-default", "up"));
    }

    @Test
    void showsNoErrorMessageAndNoData() {
        Reply r = api.get("/health");

        assertThat(r.body()).doesNotContain("SOAP", "350203", "watermark", "2024");
        assertThat(api.audit.entries).isEmpty();
    }

    @Test
    void everythingUpIsUpAndAStoppedConnectorDegradesButDoesNotTakeTheHubDown() {
        api.connectors.remove("health-default");
        assertThat(api.get("/health").json().get("status").asText()).isEqualTo("up");

        api.connectors.add(Fixtures.connector("labour-default", "labour", "stopped"));
        Reply r = api.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("degraded");
        assertThat(r.json().at("/components/connector:labour-default").asText()).isEqualTo("down");
    }

    @Test
    void elasticsearchDownIsDownWith503AndDegradedIsDegraded() {
        api.storeHealth.state = StoreHealth.State.DOWN;
        Reply down = api.get("/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("down");
        assertThat(down.json().at("/components/elasticsearch").asText()).isEqualTo("down");

        api.storeHealth.state = StoreHealth.State.DEGRADED;
        api.connectors.remove("health-default");
        Reply degraded = api.get("/health");
        assertThat(degraded.status()).isEqualTo(200);
        assertThat(degraded.json().get("status").asText()).isEqualTo("degraded");
    }

    @Test
    void connectorStatesThatCannotBeReadMeanTheStoreIsDown() {
        api.connectors.failing = true;

        Reply r = api.get("/health");

        assertThat(r.status()).isEqualTo(503);
        assertThat(api.json(r.json().get("components"))).isEqualTo(Map.of("hub", "up", "elasticsearch", "down"));
    }

    @Test
    void onlyReadingTheHealthIsOpenAndNeighbouringPathsStillNeedCredentials() {
        assertThat(api.send(api.request("/health").method("HEAD", HttpRequest.BodyPublishers.noBody())).status())
                .isEqualTo(200);
        assertThat(api.send(api.request("/health").POST(HttpRequest.BodyPublishers.noBody())).status())
                .isEqualTo(401);
        assertThat(api.get("/health/x").status()).isEqualTo(401);
        assertThat(api.get("/healthz").status()).isEqualTo(401);
        assertThat(api.get("/%68ealth").status()).isEqualTo(401);
        assertThat(api.get("/connectors").status()).isEqualTo(401);
        assertThat(api.get("/metrics").status()).isEqualTo(401);
    }
}
