package org.civichub.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.civichub.simulators.civil.CivilSimulator;
import org.civichub.simulators.civil.CivilSimulatorSettings;
import org.civichub.simulators.common.Inbox;
import org.civichub.simulators.generator.DatasetGenerator;
import org.civichub.simulators.generator.GeneratorSettings;
import org.civichub.simulators.labour.LabourSimulator;
import org.civichub.simulators.labour.LabourSimulatorSettings;
import org.civichub.simulators.labour.TestPostgres;
import org.civichub.simulators.police.PoliceSimulator;
import org.civichub.simulators.police.PoliceSimulatorSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channels back to the departments, end to end: the hub syncs police, civil affairs
 * and labour from their simulators and pushes each department's feed into its inbound side (police
 * over SOAP notify, civil affairs by signed webhook, health into a folder, labour into the INBOX table
 * of its PostgreSQL front machine). Every department receives exactly its feed, in
 * order, with only its entitled fields; police down for a while loses nothing; a worker's report
 * reaches every entitled department, and one outside the worker's scope is refused; a fact a
 * department is not entitled to verify is refused and audited.
 */
class ChannelsIT {

    private static final ObjectMapper JSON = HubHttp.JSON;
    private static final String ES = HubHttp.ES;
    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("a webhook key for the channels test".getBytes(StandardCharsets.UTF_8));
    private static final List<String> POLICE_FIELDS = List.of("idNumber", "name", "sex", "birthDate", "status",
            "householdNo", "relationToHead", "registeredAddress", "currentAddress");

    @TempDir
    Path dir;

    private final String prefix = "civichub-channels-" + UUID.randomUUID().toString().substring(0, 8);
    private PoliceSimulator police;
    private CivilSimulator civil;
    private LabourSimulator labour;
    private HubProcess hub;
    private HubHttp web;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (police != null) {
            police.close();
        }
        if (civil != null) {
            civil.close();
        }
        if (labour != null) {
            labour.close();
        }
        HubHttp.deleteIndices(prefix);
    }

    @Test
    void everyDepartmentReceivesItsFeedInOrderThroughOutagesAndAReportReachesEachEntitledOne() throws Exception {
        Path dataset = dir.resolve("dataset");
        new DatasetGenerator(GeneratorSettings.defaults().withPersons(800).withSeed(5)).writeTo(dataset);
        police = PoliceSimulator.start(PoliceSimulatorSettings.load(dataset));
        police.setClockToEnd();
        civil = CivilSimulator.start(CivilSimulatorSettings.load(dataset).withWebhookSecrets(List.of(SECRET)));
        civil.setClockToEnd();
        labour = LabourSimulator.start(LabourSimulatorSettings.load(dataset, TestPostgres.freshDatabase()));
        labour.setClockToEnd();
        Path healthInbox = dir.resolve("health-incoming");
        hub = HubProcess.unpack(Path.of("../karaf-assembly/target/assembly"), dir.resolve("hub"), ES, prefix,
                police.soapUrl(), 500);
        web = new HubHttp(hub.restPort(), prefix);
        hub.configure("org.civichub.connector.civil-default.cfg", "id = civil-default",
                "baseUrl = http://127.0.0.1:" + civil.port(), ".apiKey = demo-civil-source", "pollIntervalSeconds = 0");
        hub.boot("civichub-connector-civil");
        for (String source : List.of("labour", "labour-inbox")) {
            hub.configure("org.ops4j.datasource-" + source + ".cfg", "osgi.jdbc.driver.class = org.postgresql.Driver",
                    "dataSourceName = " + source, "url = " + labour.database().url(), "user = " + labour.database().user(),
                    "pool = hikari", "xa = false", "hikari.maximumPoolSize = 2", "hikari.minimumIdle = 0",
                    "hikari.initializationFailTimeout = -1");
        }
        hub.configure("org.civichub.connector.labour-default.cfg", "id = labour-default", "pollIntervalSeconds = 0");
        hub.boot("civichub-connector-labour");
        hub.configure("org.civichub.channels.cfg", "pollSeconds = 1",
                "police.transport = soap", "police.url = " + police.soapUrl(), "police.scope = 350203",
                "civil.transport = webhook", "civil.url = " + civil.webhookUrl(), "civil.secrets = " + SECRET,
                "civil.scope = 350203",
                "health.transport = folder", "health.folder = " + healthInbox, "health.scope = 350203",
                "labour.transport = table", "labour.dataSource = (dataSourceName=labour-inbox)", "labour.scope = 350203");
        hub.configure("org.civichub.rest.users.cfg",
                "user." + KarafTestSupport.USER + " = " + ItPasswords.entry(KarafTestSupport.PASSWORD, "worker,operator", "350203"),
                "user.elsewhere = " + ItPasswords.entry(KarafTestSupport.PASSWORD, "worker", "350206"),
                "client.police = sha256$" + sha256("key-police") + ";scope=350203",
                "client.health = sha256$" + sha256("key-health") + ";scope=350203",
                "client.civil = sha256$" + sha256("key-civil") + ";scope=350203",
                "client.labour = sha256$" + sha256("key-labour") + ";scope=350203");
        hub.start();
        // Civil affairs first: its deaths are news to police, whose own records follow.
        sync("civil-default", rows(civil.dataset().rowCounts()));
        sync("police-default", rows(police.dataset().rowCounts()));
        sync("labour-default", rows(labour.dataset().rowCounts()));

        // Each department's inbound side holds exactly its feed, in order, with only its fields.
        List<JsonNode> policeFeed = awaitPushed("police", () -> ids(police.inbox()));
        awaitPushed("health", () -> ids(healthInbox));
        awaitPushed("labour", this::labourInbox);
        assertThat(policeFeed).as("civil affairs recorded deaths").anySatisfy(e -> {
            assertThat(e.path("data").path("kinds").toString()).contains("death");
            assertThat(e.path("data").path("origin").asText()).isEqualTo("civil");
        });
        for (Inbox.Message m : police.inbox().messages()) {
            Map<?, ?> event = (Map<?, ?>) m.event();
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            if ("org.civichub.record.finding".equals(event.get("type"))) {
                assertThat(data.get("origin")).as("findings about police's own records only").isEqualTo("police");
                assertThat(data.containsKey("resident")).isFalse();
                continue;
            }
            Map<?, ?> resident = (Map<?, ?>) data.get("resident");
            assertThat(resident.keySet()).as("police's fields only").allMatch(POLICE_FIELDS::contains);
        }
        awaitPushed("civil", () -> ids(civil.inbox()));
        assertThat(civil.inbox().messages()).as("civil affairs is not told what it recorded")
                .noneMatch(m -> "civil".equals(((Map<?, ?>) ((Map<?, ?>) m.event()).get("data")).get("origin")));

        // Police is down while workers report two deaths: it is degraded, the others are told, and
        // police hears both, in order, when it is back.
        police.inbox().setAccepting(false);
        List<String> living = living(2);
        List<String> reports = new ArrayList<>();
        for (String resident : living) {
            HttpResponse<String> r = HubHttp.send(web.api("/reports").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"death\",\"residentId\":\"" + resident
                            + "\",\"date\":\"2024-12-01\"}")));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            reports.add(JSON.readTree(r.body()).path("id").asText());
        }
        await("police degraded", () -> web.json(web.api("/feeds/police/status")),
                s -> "degraded".equals(s.path("push").path("state").asText()));
        awaitPushed("health", () -> ids(healthInbox));
        awaitPushed("civil", () -> ids(civil.inbox()));
        awaitPushed("labour", this::labourInbox);
        assertThat(ids(police.inbox())).as("nothing arrives while police is down")
                .doesNotContainAnyElementsOf(eventsOf(reports.get(0)));
        police.inbox().setAccepting(true);
        awaitPushed("police", () -> ids(police.inbox()));
        assertThat(police.inbox().messages()).as("each event once").allMatch(m -> m.repeats() == 0);

        JsonNode report = web.json(web.api("/reports/" + reports.get(1)));
        assertThat(report.path("deliveries")).extracting(d -> d.path("department").asText())
                .containsExactly("civil", "health", "labour", "police");
        for (JsonNode d : report.path("deliveries")) {
            String department = d.path("department").asText();
            assertThat(d.path("state").asText()).as(department).isEqualTo("delivered");
        }

        // A worker of another district cannot report about these residents.
        HttpResponse<String> elsewhere = HubHttp.send(web.api("/reports", "elsewhere").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"death\",\"residentId\":\"" + living.get(0)
                        + "\",\"date\":\"2024-12-01\"}")));
        assertThat(elsewhere.statusCode()).isEqualTo(404);

        // Labour may not verify an allowance: refused and audited.
        String idNumber = policeFeed.get(0).path("data").path("resident").path("idNumber").asText();
        HttpResponse<String> verify = HubHttp.send(web.keyed("/verify?fact=receives-allowance&idNumber=" + idNumber, "key-labour"));
        assertThat(verify.statusCode()).isEqualTo(403);
        assertThat(web.hits("audit", "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"user\":\"labour\"}},"
                + "{\"term\":{\"action\":\"verify\"}},{\"term\":{\"outcome\":\"denied\"}}]}}}").path("hits")).hasSize(1);
    }

    /**
     * Waits until what a department received is exactly its feed (read through the API with its key),
     * in the feed's order; answers the feed.
     */
    private List<JsonNode> awaitPushed(String department, Callable<List<String>> received) throws Exception {
        List<JsonNode> feed = new ArrayList<>();
        Awaitility.await(department + " receives its feed").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    feed.clear();
                    feed.addAll(feed(department));
                    return !feed.isEmpty() && received.call().equals(feed.stream().map(e -> e.path("id").asText()).toList());
                });
        return feed;
    }

    @FunctionalInterface
    private interface Callable<T> {
        T call() throws Exception;
    }

    private List<JsonNode> feed(String department) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String after = null;
        while (true) {
            JsonNode page = web.json(web.keyed("/feeds/" + department + "?limit=1000" + (after == null ? "" : "&after=" + after),
                    "key-" + department));
            page.path("items").forEach(out::add);
            if (page.path("items").isEmpty()) {
                return out;
            }
            after = page.path("next").asText();
        }
    }

    private List<String> eventsOf(String report) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode d : web.json(web.api("/reports/" + report)).path("deliveries")) {
            d.path("events").forEach(e -> out.add(e.path("eventId").asText()));
        }
        return out;
    }

    /** The event ids in labour's INBOX table, in the order the rows were written. */
    private List<String> labourInbox() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = labour.database().connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT EVENT_ID FROM INBOX ORDER BY ID")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static List<String> ids(Inbox inbox) {
        return inbox.messages().stream().map(Inbox.Message::id).toList();
    }

    /** The event ids of the files with their .ok marker, in name (feed) order. */
    private static List<String> ids(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json.ok")).sorted()
                    .map(n -> n.substring("civichub_000000000000_".length(), n.length() - ".json.ok".length())).toList();
        }
    }

    /** Residents in scope who are alive. */
    private List<String> living(int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode r : web.json(web.api("/residents?size=50")).path("items")) {
            if ("0".equals(r.path("status").path("code").asText()) && out.size() < n) {
                out.add(r.path("id").asText());
            }
        }
        assertThat(out).hasSize(n);
        return out;
    }

    private void sync(String connector, long rows) throws Exception {
        await(connector + " up", () -> web.json(web.api("/connectors/" + connector)), c -> true);
        assertThat(HubHttp.send(web.api("/connectors/" + connector + "/sync").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(202);
        await(connector + " synced", () -> web.json(web.api("/connectors/" + connector)), c -> {
            long n = 0;
            for (JsonNode x : c.path("counts")) {
                n += x.path("versions").asLong();
            }
            return n == rows && !c.path("lastSync").isNull();
        });
    }

    private static long rows(Map<?, Integer> counts) {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    private JsonNode await(String what, Callable<JsonNode> read, Predicate<JsonNode> condition) {
        return Awaitility.await(what).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try {
                        return read.call();
                    } catch (Exception e) {
                        return null;
                    }
                }, j -> j != null && condition.test(j));
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
