package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectorResourceTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void operatorsSeeEveryConnectorWithStateAndCounts() {
        Reply r = api.get("/connectors", "ops");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asInt()).isEqualTo(2);
        JsonNode health = r.json().get("items").get(0);
        assertThat(health.get("id").asText()).isEqualTo("health-default");
        assertThat(health.get("department").asText()).isEqualTo("health");
        assertThat(health.get("state").asText()).isEqualTo("degraded");
        assertThat(health.get("watermark").asText()).isEqualTo("2024-03-01T08:00:00Z#42");
        assertThat(health.get("lastSync").asText()).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(health.get("lastError").asText()).isEqualTo("SOAP fault for 350203********1234");
        JsonNode person = health.get("counts").get("person");
        assertThat(person.get("versions").asLong()).isEqualTo(100);
        assertThat(person.get("records").asLong()).isEqualTo(100);
        assertThat(person.get("linked").asLong()).isEqualTo(90);
        assertThat(person.get("unlinked").asLong()).isEqualTo(0);
        assertThat(person.get("quarantined").asLong()).isEqualTo(10);
    }

    @Test
    void listsArePaged() {
        Reply r = api.get("/connectors?page=1&size=1", "ops");

        assertThat(r.json().get("total").asInt()).isEqualTo(2);
        assertThat(r.json().get("items")).singleElement()
                .satisfies(c -> assertThat(c.get("id").asText()).isEqualTo("police-default"));
        assertThat(api.get("/connectors?size=201", "ops").status()).isEqualTo(400);
    }

    @Test
    void oneConnectorIsReadByIdAndAnUnknownOneIsNotFound() {
        assertThat(api.get("/connectors/police-default", "ops").json().get("state").asText()).isEqualTo("running");
        assertThat(api.get("/connectors/nope", "ops").status()).isEqualTo(404);
    }

    @Test
    void aSyncIsAcceptedAndStarted() {
        Reply r = api.post("/connectors/police-default/sync", "ops");

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().get("connectorId").asText()).isEqualTo("police-default");
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/connectors/police-default"));
        assertThat(api.connectors.syncs).contains("police-default");
    }

    @Test
    void aSyncOfAnUnknownConnectorIsNotFoundAndWorkersMayNotSync() {
        assertThat(api.post("/connectors/nope/sync", "ops").status()).isEqualTo(404);
        assertThat(api.post("/connectors/police-default/sync", "wang").status()).isEqualTo(403);
        assertThat(api.connectors.syncs).doesNotContain("nope");
    }
}
