package org.civichub.simulators.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incoming folder as the hub writes it, and {@code /admin/inbox} over HTTP. */
class HealthInboxTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path drop;
    private Path incoming;
    private HealthSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        drop = dir.resolve("drop");
        simulator = HealthSimulator.start(HealthSimulatorSettings.load(dir.resolve("dataset"), drop));
        incoming = simulator.incomingFolder();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    static String event(String id, long sequence, String name) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/civichub\","
                + "\"type\":\"org.civichub.resident.updated\",\"subject\":\"R-1\",\"time\":\"2026-12-02T10:00:00Z\","
                + "\"datacontenttype\":\"application/json\",\"sequence\":" + sequence + ","
                + "\"data\":{\"name\":\"" + name + "\"}}";
    }

    /** As the hub delivers: a temporary file renamed into place, then the empty marker (when asked). */
    private Path deliver(long sequence, String id, byte[] content, boolean marker) throws IOException {
        String name = HealthContract.incomingFileName(sequence, id);
        Path temporary = incoming.resolve("." + name + ".tmp");
        Files.write(temporary, content);
        Path file = Files.move(temporary, incoming.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        if (marker) {
            Files.write(incoming.resolve(name + ".ok"), new byte[0]);
        }
        return file;
    }

    private Path deliver(long sequence, String id, String name) throws IOException {
        return deliver(sequence, id, event(id, sequence, name).getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void theIncomingFolderIsCreatedBesideTheDropFolderNotInsideIt() throws Exception {
        assertThat(incoming).isEqualTo(dir.resolve("drop-incoming").toAbsolutePath().normalize()).isDirectory();
        assertThat(drop.resolve("incoming")).doesNotExist();
        assertThat(simulator.urls()).containsEntry("inbox", incoming.toString());
        JsonNode inbox = inbox();
        assertThat(inbox.get("accepting").asBoolean()).isTrue();
        assertThat(inbox.get("received").asInt()).isZero();
        assertThat(inbox.get("items")).isEmpty();
    }

    @Test
    void listsTheEventsWhoseMarkerIsThereInSequenceOrder() throws Exception {
        deliver(12, "ev-b", "李四");
        Path first = deliver(3, "ev-a", "张三");
        deliver(100, "ev-c", event("ev-c", 100, "x").getBytes(StandardCharsets.UTF_8), false);
        Files.setLastModifiedTime(Path.of(first + ".ok"), FileTime.from(Instant.parse("2026-12-02T10:00:00Z")));

        JsonNode inbox = inbox();

        assertThat(inbox.get("received").asInt()).isEqualTo(2);
        assertThat(inbox.get("distinct").asInt()).isEqualTo(2);
        JsonNode a = inbox.get("items").get(0);
        assertThat(a.get("id").asText()).isEqualTo("ev-a");
        assertThat(a.get("sequence").asLong()).isEqualTo(3);
        assertThat(a.get("file").asText()).isEqualTo("civichub_000000000003_ev-a.json");
        assertThat(a.get("receivedAt").asText()).isEqualTo("2026-12-02T18:00:00+08:00");
        assertThat(a.get("event")).isEqualTo(JSON.readTree(event("ev-a", 3, "张三")));
        assertThat(a.has("error")).isFalse();
        assertThat(inbox.get("items").get(1).get("id").asText()).isEqualTo("ev-b");
        assertThat(inbox.get("items")).hasSize(2);

        Files.createFile(incoming.resolve("civichub_000000000100_ev-c.json.ok"));
        assertThat(inbox().get("items")).extracting(i -> i.get("id").asText()).containsExactly("ev-a", "ev-b", "ev-c");
        assertThat(simulator.incoming()).extracting(IncomingEvent::id).containsExactly("ev-a", "ev-b", "ev-c");
    }

    @Test
    void filesThatAreNoJsonObjectAreListedWithAnErrorAndTheRestStillListed() throws Exception {
        deliver(1, "ev-1", "good");
        deliver(2, "ev-2", "{\"id\":\"ev-2\",".getBytes(StandardCharsets.UTF_8), true);
        deliver(3, "ev-3", "[1,2]".getBytes(StandardCharsets.UTF_8), true);
        deliver(4, "ev-4", new byte[0], true);
        deliver(5, "ev-5", "{\"id\":\"ev-5\",\"data\":\"张三\"}".getBytes(Charset.forName("GBK")), true);
        Files.createFile(incoming.resolve("civichub_000000000006_ev-6.json.ok"));
        Files.writeString(incoming.resolve("notes.txt"), "{}");
        Files.createFile(incoming.resolve("notes.txt.ok"));
        deliver(7, "ev-7", "after the bad ones");

        JsonNode items = inbox().get("items");

        assertThat(items).extracting(i -> i.get("file").asText()).containsExactly(
                "civichub_000000000001_ev-1.json", "civichub_000000000002_ev-2.json", "civichub_000000000003_ev-3.json",
                "civichub_000000000004_ev-4.json", "civichub_000000000005_ev-5.json", "civichub_000000000006_ev-6.json",
                "civichub_000000000007_ev-7.json", "notes.txt");
        assertThat(items).extracting(i -> i.has("event")).containsExactly(true, false, false, false, false, false, true,
                false);
        assertThat(items).extracting(i -> i.has("error")).containsExactly(false, true, true, true, true, true, false,
                true);
        assertThat(items.get(1).get("error").asText()).startsWith("not JSON");
        assertThat(items.get(1).get("id").asText()).isEqualTo("ev-2");
        assertThat(items.get(2).get("error").asText()).contains("array");
        assertThat(items.get(5).get("error").asText()).contains("not the file");
        assertThat(items.get(7).get("error").asText()).contains("not named");
        assertThat(items.get(7).get("id").isNull()).isTrue();
        assertThat(items.get(6).get("event").get("data").get("name").asText()).isEqualTo("after the bad ones");
    }

    @Test
    void aRedeliveryRewritesTheSameFileAndIsListedOnceWithTheLatestContent() throws Exception {
        deliver(5, "ev-5", "first");
        deliver(6, "ev-6", "other");
        deliver(5, "ev-5", "again");

        JsonNode inbox = inbox();

        assertThat(inbox.get("received").asInt()).isEqualTo(2);
        assertThat(inbox.get("distinct").asInt()).isEqualTo(2);
        assertThat(inbox.get("items")).hasSize(2);
        assertThat(inbox.get("items").get(0).get("event").get("data").get("name").asText()).isEqualTo("again");
    }

    @Test
    void oneEventUnderTwoSequencesIsReceivedTwiceButOneDistinctEvent() throws Exception {
        deliver(5, "ev-5", "first");
        deliver(9, "ev-5", "renumbered");

        JsonNode inbox = inbox();

        assertThat(inbox.get("received").asInt()).isEqualTo(2);
        assertThat(inbox.get("distinct").asInt()).isEqualTo(1);
    }

    @Test
    void whileDownWritesIntoTheFolderFailAndBackUpTheyArriveAgain() throws Exception {
        deliver(1, "ev-1", "before");

        JsonNode down = post("false");
        assertThat(down.get("accepting").asBoolean()).isFalse();
        assertThat(down.get("received").asInt()).isEqualTo(1);

        assertThatThrownBy(() -> deliver(2, "ev-2", "while down")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Files.createDirectories(incoming)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(incoming).isRegularFile();
        JsonNode whileDown = inbox();
        assertThat(whileDown.get("accepting").asBoolean()).isFalse();
        assertThat(whileDown.get("items")).extracting(i -> i.get("id").asText()).containsExactly("ev-1");

        JsonNode up = post("true");
        assertThat(up.get("accepting").asBoolean()).isTrue();
        assertThat(incoming).isDirectory();
        deliver(2, "ev-2", "after");
        assertThat(inbox().get("items")).extracting(i -> i.get("id").asText()).containsExactly("ev-1", "ev-2");
        try (var siblings = Files.list(incoming.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain(".drop-incoming.down");
        }
    }

    @Test
    void aBadAcceptingValueIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.inboxUrl() + "?accepting=no"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("parameter").asText()).isEqualTo("accepting");
        assertThat(simulator.accepting()).isTrue();
    }

    @Test
    void closingWhileDownBringsTheFolderBack() throws Exception {
        deliver(1, "ev-1", "kept");
        simulator.setAccepting(false);

        simulator.close();

        assertThat(incoming).isDirectory();
        assertThat(incoming.resolve("civichub_000000000001_ev-1.json.ok")).exists();
    }

    @Test
    void aStartAfterAStopWhileDownBringsTheFolderBack() throws Exception {
        Path other = dir.resolve("other-incoming");
        IncomingFolder left = new IncomingFolder(other);
        Files.writeString(other.resolve("civichub_000000000001_ev-1.json"), event("ev-1", 1, "x"));
        Files.createFile(other.resolve("civichub_000000000001_ev-1.json.ok"));
        left.setAccepting(false);
        assertThat(other).isRegularFile();

        IncomingFolder restarted = new IncomingFolder(other);

        assertThat(restarted.accepting()).isTrue();
        assertThat(other).isDirectory();
        assertThat(restarted.arrived()).extracting(IncomingEvent::id).containsExactly("ev-1");
    }

    private JsonNode inbox() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.inboxUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String accepting) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(simulator.inboxUrl() + "?accepting=" + accepting))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
