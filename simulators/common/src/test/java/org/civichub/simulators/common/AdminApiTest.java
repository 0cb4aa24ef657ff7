package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dataset dataset = Dataset.of(DatasetTest.table(TableSpec.POLICE_PERSON, "GMSFHM",
            "2024-05-01 10:00:00", "2024-05-01 11:00:00", "2024-05-03 09:30:00"));
    private final Clock clock = Clock.forDataset(dataset, null);
    private SimulatorServer server;

    @BeforeEach
    void start() {
        server = SimulatorServer.start("127.0.0.1", 0, new AdminApi(dataset, clock, () -> Map.of("requests", 7)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void movesTheClockToALocalTimeAndAnswersClockEarliestAndLatest() throws Exception {
        HttpResponse<String> response = post("/admin/clock?to=2024-05-01T10:30:00");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readValue(response.body(), Map.class)).containsExactly(
                Map.entry("clock", "2024-05-01T10:30:00+08:00"),
                Map.entry("earliest", "2024-05-01T10:00:00+08:00"),
                Map.entry("latest", "2024-05-03T09:30:00+08:00"));
        assertThat(DatasetTimes.formatIso(clock.now())).isEqualTo("2024-05-01T10:30:00+08:00");
    }

    @Test
    void acceptsTimesWithAnOffsetAndTheSpecialValueEnd() throws Exception {
        assertThat(json(post("/admin/clock?to=2024-05-01T03:00:00Z")).get("clock").asText())
                .isEqualTo("2024-05-01T11:00:00+08:00");
        assertThat(json(post("/admin/clock?to=2024-05-01T12:00:00%2B09:00")).get("clock").asText())
                .isEqualTo("2024-05-01T11:00:00+08:00");
        assertThat(json(post("/admin/clock?to=2024-05-01T12:00:00+09:00")).get("clock").asText())
                .isEqualTo("2024-05-01T11:00:00+08:00");
        assertThat(json(post("/admin/clock?to=end")).get("clock").asText()).isEqualTo("2024-05-03T09:30:00+08:00");
    }

    @Test
    void reportsClockRowCountsAndTheSimulatorsOwnEntriesInStatus() throws Exception {
        JsonNode status = json(get("/admin/status"));

        assertThat(status.get("clock").asText()).isEqualTo("2024-05-01T10:00:00+08:00");
        assertThat(status.get("tables").get("police/person").asInt()).isEqualTo(3);
        assertThat(status.get("requests").asInt()).isEqualTo(7);
        assertThat(json(get("/admin/clock")).get("clock").asText()).isEqualTo("2024-05-01T10:00:00+08:00");
    }

    @Test
    void answersABadOrMissingTimeWith400NamingTheParameter() throws Exception {
        for (String query : new String[] {"?to=tomorrow", "?to=2024-13-01T00:00:00", "?to=", ""}) {
            HttpResponse<String> response = post("/admin/clock" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            JsonNode error = json(response);
            assertThat(error.get("parameter").asText()).isEqualTo("to");
            assertThat(error.get("error").asText()).isNotBlank();
        }
        assertThat(DatasetTimes.formatIso(clock.now())).isEqualTo("2024-05-01T10:00:00+08:00");
    }

    @Test
    void answersEndOnADatasetWithoutRowsWith400() throws Exception {
        try (SimulatorServer empty = SimulatorServer.start("127.0.0.1", 0, new AdminApi(Dataset.of(), clock))) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(empty.adminUrl() + "/clock?to=end")).POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).contains("no rows");
            assertThat(json(get("/admin/status")).get("tables").get("police/person").asInt()).isEqualTo(3);
        }
    }

    @Test
    void picksAFreePortForPortZeroAndFreesItOnClose() throws IOException {
        int port = server.port();
        assertThat(port).isPositive();
        assertThat(server.adminUrl()).isEqualTo("http://127.0.0.1:" + port + "/admin");

        server.close();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        server = SimulatorServer.start("127.0.0.1", port, new AdminApi(dataset, clock));
    }

    @Test
    void refusesAPortThisJvmAlreadyServes() {
        assertThatThrownBy(() -> SimulatorServer.start("127.0.0.1", server.port(), new AdminApi(dataset, clock)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already served");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
