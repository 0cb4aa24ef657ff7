package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkPayloadTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void bodiesHoldBulkSizeDocumentsAndTheLastOneTheRest() {
        BulkPayload payload = BulkPayload.of(ResidentDocuments.generate(2500, 1));
        List<byte[]> bodies = payload.bodies(1000);
        assertThat(bodies).hasSize(3);
        assertThat(bodies).extracting(b -> lines(b).length).containsExactly(2000, 2000, 1000);
    }

    @Test
    void eachDocumentIsAnIndexActionUnderItsResidentIdFollowedByItsSource() throws IOException {
        List<ResidentDocument> docs = ResidentDocuments.generate(3, 1);
        String[] lines = lines(BulkPayload.of(docs).bodies(10).get(0));
        for (int i = 0; i < docs.size(); i++) {
            assertThat(json.readTree(lines[2 * i]).path("index").path("_id").asText()).isEqualTo(docs.get(i).id());
            JsonNode source = json.readTree(lines[2 * i + 1]);
            assertThat(source.path("idNumber").asText()).isEqualTo(docs.get(i).idNumber());
            assertThat(source.path("resident").path("updated").path("police").asText())
                    .isEqualTo(docs.get(i).resident().updated().get("police"));
        }
    }

    @Test
    void theMappingIsTheHubsResidentsMapping() throws IOException {
        String hubMapping = "/org/civichub/store/elasticsearch/internal/mappings/residents.json";
        try (var in = BulkPayloadTest.class.getResourceAsStream(hubMapping)) {
            assertThat(in).as(hubMapping).isNotNull();
            assertThat(json.readTree(BaselineRun.mapping())).isEqualTo(json.readTree(in));
        }
    }

    @Test
    void documentsHaveOnlyFieldsOfTheStrictMapping() throws IOException {
        JsonNode properties = json.readTree(BaselineRun.mapping()).path("properties");
        JsonNode source = json.readTree(BulkPayload.json(ResidentDocuments.generate(1, 1).get(0)));
        source.fieldNames().forEachRemaining(field -> assertThat(properties.has(field)).as(field).isTrue());
    }

    private static String[] lines(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        assertThat(s).endsWith("\n");
        return s.split("\n");
    }
}
