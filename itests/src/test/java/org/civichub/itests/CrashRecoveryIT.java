package org.civichub.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.civichub.simulators.generator.DatasetGenerator;
import org.civichub.simulators.generator.GeneratorSettings;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: the hub is killed (SIGKILL) in the middle of a sync and started again; in the end
 * every police record version is stored exactly once and counted once.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = HubHttp.JSON;
    private static final String ES = HubHttp.ES;

    @TempDir
    Path dir;

    private final String prefix = "civichub-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private PoliceSimulator police;
    private HubProcess hub;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (police != null) {
            police.close();
        }
        HubHttp.deleteIndices(prefix);
    }

    @Test
    void aHubKilledMidSyncAndRestartedStoresEveryRecordExactlyOnce() throws Exception {
        Path dataset = dir.resolve("dataset");
        new DatasetGenerator(GeneratorSettings.defaults().withPersons(3000).withSeed(11)).writeTo(dataset);
        police = PoliceSimulator.start(PoliceSimulatorSettings.load(dataset));
        police.setClockToEnd();
        long rows = police.dataset().rowCounts().values().stream().mapToLong(Integer::longValue).sum();
        hub = HubProcess.unpack(Path.of("../karaf-assembly/target/assembly"), dir.resolve("hub"), ES, prefix,
                police.soapUrl(), 50);

        hub.start();
        awaitConnector(n -> true);
        post("/connectors/police-default/sync");
        JsonNode atKill = awaitConnector(n -> !n.path("watermark").isNull());
        hub.kill();
        assertThat(atKill.path("lastSync").isNull()).as("killed before the first sync finished").isTrue();

        hub.start();
        awaitConnector(n -> true);
        post("/connectors/police-default/sync");
        JsonNode done = awaitConnector(n -> pulled(n) == rows && !n.path("lastSync").isNull());

        assertThat(done.path("lastError").isNull()).as("last error: %s", done.path("lastError")).isTrue();
        assertThat(count("raw")).as("raw record versions").isEqualTo(rows);
        assertThat(ids("residents")).as("the residents are exactly those the links name")
                .isEqualTo(linkedResidentIds());
        assertOneResidentPerPerson(dataset.resolve("truth.csv"));
    }

    /** Every person of the truth whose records were linked has one resident, and no resident two persons. */
    private void assertOneResidentPerPerson(Path truth) throws Exception {
        Map<String, String> personOf = new HashMap<>();
        java.util.List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            personOf.put(line.substring(0, comma), line.substring(comma + 1));
        }
        JsonNode hits = search("links", "{\"size\":10000,\"_source\":[\"recordKey\",\"residentId\"],"
                + "\"query\":{\"term\":{\"state\":\"linked\"}}}");
        Map<String, Set<String>> residentsOfPerson = new HashMap<>();
        Map<String, Set<String>> personsOfResident = new HashMap<>();
        for (JsonNode h : hits) {
            String person = personOf.get(h.path("_source").path("recordKey").asText());
            String resident = h.path("_source").path("residentId").asText();
            residentsOfPerson.computeIfAbsent(person, k -> new HashSet<>()).add(resident);
            personsOfResident.computeIfAbsent(resident, k -> new HashSet<>()).add(person);
        }
        assertThat(hits.size()).as("linked records").isGreaterThan(1000);
        assertThat(residentsOfPerson).as("persons with more than one resident").allSatisfy((p, r) -> assertThat(r).hasSize(1));
        assertThat(personsOfResident).as("residents of more than one person").allSatisfy((r, p) -> assertThat(p).hasSize(1));
    }

    private static long pulled(JsonNode connector) {
        long n = 0;
        for (JsonNode c : connector.path("counts")) {
            n += c.path("versions").asLong();
        }
        return n;
    }

    private JsonNode awaitConnector(Predicate<JsonNode> condition) {
        return Awaitility.await("the police connector's status").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(this::connectorOrNull, c -> c != null && condition.test(c));
    }

    private JsonNode connectorOrNull() {
        try {
            return connector();
        } catch (Exception e) {
            return null;
        }
    }

    private JsonNode connector() throws Exception {
        HttpResponse<String> r = send(api("/connectors/police-default").GET());
        return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
    }

    private void post(String path) throws Exception {
        assertThat(send(api(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(202);
    }

    private HttpRequest.Builder api(String path) {
        return new HubHttp(hub.restPort(), prefix).api(path);
    }

    private void refresh(String kind) throws Exception {
        new HubHttp(hub.restPort(), prefix).refresh(kind);
    }

    private long count(String kind) throws Exception {
        refresh(kind);
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(ES + "/" + prefix + "-" + kind + "/_count")).GET())
                .body()).path("count").asLong();
    }

    /** The resident ids the linked records name, counted exactly (a cardinality aggregation is an estimate). */
    private Set<String> linkedResidentIds() throws Exception {
        Set<String> out = new HashSet<>();
        for (JsonNode h : search("links", "{\"size\":10000,\"_source\":[\"residentId\"],"
                + "\"query\":{\"term\":{\"state\":\"linked\"}}}")) {
            out.add(h.path("_source").path("residentId").asText());
        }
        return out;
    }

    private Set<String> ids(String kind) throws Exception {
        Set<String> out = new HashSet<>();
        for (JsonNode h : search(kind, "{\"size\":10000,\"_source\":false,\"query\":{\"match_all\":{}}}")) {
            out.add(h.path("_id").asText());
        }
        return out;
    }

    private JsonNode search(String kind, String query) throws Exception {
        JsonNode hits = new HubHttp(hub.restPort(), prefix).hits(kind, query);
        assertThat(hits.path("total").path("value").asLong()).as(kind + " documents").isLessThan(10000);
        return hits.path("hits");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HubHttp.send(request);
    }
}
