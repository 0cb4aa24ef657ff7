package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {

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
    void aGeneratedDocumentDescribesEveryEndpointAndItsTypes() {
        Reply r = api.get("/openapi.json", "guest");

        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/residents", "/residents/{id}", "/connectors",
                "/connectors/{id}", "/connectors/{id}/sync", "/quarantine", "/quarantine/{id}");
        assertThat(r.json().get("components").get("schemas").fieldNames()).toIterable()
                .contains("ResidentView", "ResidentSummary", "ConnectorView", "QuarantineView", "SourceView");
        assertThat(r.json().at("/components/schemas/SourceView/properties/updatedAt/format").asText())
                .isEqualTo("date-time");
    }
}
