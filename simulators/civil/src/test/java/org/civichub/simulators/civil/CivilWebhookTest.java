package org.civichub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.civichub.simulators.common.StandardWebhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbound webhook: Standard Webhooks signatures checked, events kept once by id, the department taken down. */
class CivilWebhookTest {

    private static final String OLD = "whsec_" + Base64.getEncoder().encodeToString("an old key of thirty-two bytes..".getBytes());
    private static final String NEW = "whsec_" + Base64.getEncoder().encodeToString("a new key of thirty-two bytes...".getBytes());
    private static final String OTHER = "whsec_" + Base64.getEncoder().encodeToString("someone else's key, 32 bytes....".getBytes());

    @TempDir
    Path dir;
    private CivilSimulatorSettings settings;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void writeDataset() throws Exception {
        CivilFixtures.writeCsv(dir.resolve("civil/assistance.csv"), CivilFixtures.ASSISTANCE_COLUMNS,
                CivilFixtures.assistance(3));
        settings = CivilSimulatorSettings.load(dir).withWebhookSecrets(List.of(OLD, NEW));
    }

    @Test
    void aGenuineEventIsKeptOnceByItsIdAndListedInTheInbox() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings)) {
            assertThat(post(simulator, "e1", NEW, now()).statusCode()).isEqualTo(204);
            assertThat(post(simulator, "e1", OLD, now()).statusCode()).as("signed under the old secret, repeated")
                    .isEqualTo(204);
            assertThat(post(simulator, "e2", NEW, now()).statusCode()).isEqualTo(204);

            JsonNode inbox = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create(simulator.adminUrl() + "/inbox")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(inbox.get("received").asLong()).isEqualTo(3);
            assertThat(inbox.get("distinct").asLong()).isEqualTo(2);
            assertThat(inbox.get("items")).extracting(i -> i.get("id").asText() + "/" + i.get("repeats").asInt())
                    .containsExactly("e1/1", "e2/0");
            assertThat(inbox.get("items").get(0).get("event").get("subject").asText()).isEqualTo("r1");
            assertThat(inbox.get("arrivals")).as("every delivery with the sequence it carried")
                    .extracting(a -> a.get("id").asText() + "@" + a.get("sequence").asLong())
                    .containsExactly("e1@1", "e1@1", "e2@2");
        }
    }

    @Test
    void aForeignOrStaleSignatureIsRefusedAndNothingIsKept() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings)) {
            assertThat(post(simulator, "e1", OTHER, now()).statusCode()).isEqualTo(401);
            assertThat(post(simulator, "e2", NEW, now() - 3600).statusCode()).isEqualTo(401);
            assertThat(simulator.inbox().messages()).isEmpty();
        }
    }

    @Test
    void aDepartmentTakenDownRefusesWith503UntilItIsBack() throws Exception {
        try (CivilSimulator simulator = CivilSimulator.start(settings)) {
            HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl()
                    + "/inbox?accepting=false")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(down.body()).contains("\"accepting\":false");
            assertThat(post(simulator, "e1", NEW, now()).statusCode()).isEqualTo(503);

            simulator.inbox().setAccepting(true);
            assertThat(post(simulator, "e1", NEW, now()).statusCode()).isEqualTo(204);
            assertThat(simulator.inbox().messages()).hasSize(1);
        }
    }

    private HttpResponse<String> post(CivilSimulator simulator, String id, String secret, long timestamp) throws Exception {
        byte[] body = ("{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"subject\":\"r1\",\"sequence\":\""
                + id.substring(1) + "\"}").getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(timestamp);
        String signature = "v1," + StandardWebhooks.sign(StandardWebhooks.key(secret), id, ts, body);
        return http.send(HttpRequest.newBuilder(URI.create(simulator.webhookUrl()))
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
