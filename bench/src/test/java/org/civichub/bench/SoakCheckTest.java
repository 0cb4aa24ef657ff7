package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check against a fake hub API, Elasticsearch and department inboxes on one local server. */
class SoakCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> feedQueries = new ArrayList<>();
    private HttpServer server;
    private String base;
    private String residents = "r1";
    private String civilInbox = "{\"items\":[{\"id\":\"e1\"},{\"id\":\"e2\"}],\"arrivals\":[{\"id\":\"e1\",\"sequence\":3},"
            + "{\"id\":\"e1\",\"sequence\":3},{\"id\":\"e2\",\"sequence\":7}]}";
    private long rawCivil = 2;
    private String connectorError = "null";
    private int civilInboxStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/civichub-t-*/_refresh", x -> send(x, "{}"));
        server.createContext("/civichub-t-residents/_search", x -> send(x,
                "{\"_scroll_id\":\"s1\",\"hits\":{\"hits\":[" + hits(residents) + "]}}"));
        server.createContext("/_search/scroll", x -> send(x, "{\"_scroll_id\":\"s1\",\"hits\":{\"hits\":[]}}"));
        server.createContext("/civichub-t-raw/_count", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            send(x, "{\"count\":" + (body.contains("civil-default") ? rawCivil : 1) + "}");
        });
        server.createContext("/api/v1/connectors/", x -> send(x, "{\"id\":\"x\",\"watermark\":\"w\",\"lastSync\":\"t\","
                + "\"lastError\":" + connectorError + ",\"counts\":[{\"versions\":"
                + (x.getRequestURI().getPath().endsWith("civil-default") ? 2 : 1) + "}]}"));
        server.createContext("/api/v1/feeds/civil", x -> {
            if (!"k".equals(x.getRequestHeaders().getFirst("X-Api-Key"))) {
                send(x, 401, "{}");
            } else if (x.getRequestURI().getPath().endsWith("/status")) {
                send(x, "{\"push\":{\"position\":7}}");
            } else {
                String q = x.getRequestURI().getQuery();
                feedQueries.add(q);
                // after c1 a stretch of events for other departments: an empty page that moves on
                send(x, q.contains("after=c1b") ? "{\"items\":[{\"id\":\"e2\",\"sequence\":\"7\"}],\"next\":\"c2\"}"
                        : q.contains("after=c1") ? "{\"items\":[],\"next\":\"c1b\"}"
                        : q.contains("after=c2") ? "{\"items\":[],\"next\":\"c2\"}"
                        : "{\"items\":[{\"id\":\"e1\",\"sequence\":\"3\"}],\"next\":\"c1\"}");
            }
        });
        server.createContext("/civil/admin/inbox", x -> send(x, civilInboxStatus, civilInbox));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(dir.resolve("truth.csv"), "record_key,person_key\npolice:1,p1\ncivil:1,p1\ncivil:2,p1\n");
        Files.writeString(dir.resolve("links.csv"),
                "record_key,resident_id,state\npolice:1,r1,linked\ncivil:1,r1,linked\ncivil:2,,review\n");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCompleteHubIsAccountedForWithNothingLost() {
        assertThat(run()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("records dataset=3 linked=2 unlinked=0 review=1 quarantined=0 missing=0")
                .contains("residents stored=1 named_by_links=1 without_records=0 not_stored=0")
                .contains("connector civil-default served=2 counted=2 stored=2 watermark=w last_sync=t last_error=-")
                .contains("feed civil events=2 missing=0 out_of_order=0 repeats=1 late=1 extra=0")
                .contains("soak lost=0 duplicated=0 out_of_order=0 split_persons=0 merged_residents=0 unchecked_feeds=0");
        assertThat(feedQueries).as("an empty page that moved on is read past")
                .containsExactly("limit=1000", "limit=1000&after=c1", "limit=1000&after=c1b", "limit=1000&after=c2");
    }

    @Test
    void aResidentNoRecordNamesIsADuplicate() {
        residents = "r1,r2";
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("without_records=1").contains("soak lost=0 duplicated=1");
    }

    @Test
    void aRecordVersionNotStoredAndAnEventNotReceivedAreLost() {
        rawCivil = 1;
        civilInbox = "{\"items\":[{\"id\":\"e2\"}]}";
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("served=2 counted=2 stored=1")
                .contains("feed civil events=2 missing=1").contains("soak lost=2 duplicated=0");
    }

    @Test
    void aCopyTheDepartmentProcessedAfterLaterEventsIsLateAndInOrder() {
        civilInbox = "{\"arrivals\":[{\"id\":\"e1\",\"sequence\":3},{\"id\":\"e2\",\"sequence\":7},"
                + "{\"id\":\"e1\",\"sequence\":3}]}";
        assertThat(run()).as(out.toString()).isZero();
        assertThat(out.toString()).contains("feed civil events=2 missing=0 out_of_order=0 repeats=1 late=1 extra=0");
    }

    @Test
    void anEventDeliveredOnlyAfterALaterOneIsOutOfOrder() {
        civilInbox = "{\"arrivals\":[{\"id\":\"e2\",\"sequence\":7},{\"id\":\"e1\",\"sequence\":3}]}";
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("feed civil events=2 missing=0 out_of_order=1 repeats=0 late=1 extra=0")
                .contains("feed civil first out of order: e1 (feed place 0) came only as late copies");
    }

    @Test
    void theLabourTableListsEventIdsInItsRows() {
        civilInbox = "{\"inbox\":[{\"id\":1,\"eventId\":\"e2\"},{\"id\":2,\"eventId\":\"e1\"}]}";
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("feed civil events=2 missing=0 out_of_order=1");
    }

    @Test
    void aConnectorsLastErrorIsShown() {
        connectorError = "\"the police system did not answer\"";
        run();
        assertThat(out.toString()).contains("last_error=the police system did not answer");
    }

    @Test
    void aDepartmentWhoseInboxCannotBeReadIsUncheckedAndFailsTheRun() {
        civilInboxStatus = 503;
        civilInbox = "{\"error\":\"cannot read the inbox\"}";
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).contains("feed civil unchecked: GET " + base + "/civil/admin/inbox answered 503")
                .contains("soak lost=0 duplicated=0 out_of_order=0 split_persons=0 merged_residents=0 unchecked_feeds=1");
    }

    @Test
    void anUnreachablePartIsAnErrorNotAnAccount() {
        server.stop(0);
        assertThat(run()).isEqualTo(1);
        assertThat(err.toString()).contains("error:").contains("_refresh");
    }

    private int run() {
        return SoakCheck.run(List.of("soak", "--api", base + "/api/v1", "--es", base, "--prefix", "civichub-t",
                "--truth", dir.resolve("truth.csv").toString(), "--links", dir.resolve("links.csv").toString(),
                "--expected", "police=1", "--expected", "civil=2", "--inbox", "civil=" + base + "/civil/admin/inbox",
                "--key", "civil=k", "--settle", "0"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String hits(String ids) {
        return String.join(",", java.util.Arrays.stream(ids.split(",")).map(id -> "{\"_id\":\"" + id + "\"}").toList());
    }

    private static void send(HttpExchange x, String body) throws IOException {
        send(x, 200, body);
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
