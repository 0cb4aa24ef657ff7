package org.civichub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.civichub.metrics.MetricRegistry;
import org.civichub.model.Pseudonyms;
import org.civichub.rest.PasswordHash;
import org.civichub.rest.internal.fakes.FakeAuditLog;
import org.civichub.rest.internal.fakes.FakeConnectors;
import org.civichub.rest.internal.fakes.FakeQuarantine;
import org.civichub.rest.internal.fakes.FakeResidents;
import org.civichub.rest.internal.fakes.FakeStoreHealth;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.rest.internal.fakes.TestClock;
import org.civichub.rest.internal.security.ApiClient;
import org.civichub.rest.internal.security.UserDirectory;

/**
 * The real API server on a free local port, over in-memory stores, and an HTTP client for it.
 * Users: {@code wang} (worker, scope 350203006), {@code li} (worker and id-full, scope 350203),
 * {@code ops} (operator), {@code guest} (no role); each user's password is {@code pw-<name>}.
 */
public final class TestApi implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

    public final FakeResidents residents = new FakeResidents()
            .add(Fixtures.ZHANG).add(Fixtures.LI).add(Fixtures.WANG);
    public final FakeQuarantine quarantine = new FakeQuarantine()
            .add(Fixtures.quarantined("police", Fixtures.QUARANTINED_ID))
            .add(Fixtures.quarantined("health", "350203198001011111"))
            .add(Fixtures.quarantined("labour", "350203198002022222", "350203006004"))
            .add(Fixtures.quarantined("civil", "350206198003033333", "350206001001"));
    public final FakeAuditLog audit = new FakeAuditLog();
    public final FakeConnectors connectors = new FakeConnectors()
            .add(Fixtures.connector("police-default", "police", "running"))
            .add(Fixtures.connector("health-default", "health", "degraded"));
    public final FakeStoreHealth storeHealth = new FakeStoreHealth();
    public final org.civichub.rest.internal.fakes.FakeLinks links = new org.civichub.rest.internal.fakes.FakeLinks();
    public final MetricRegistry metrics = new MetricRegistry();
    public final org.civichub.rest.internal.fakes.FakeDecisions decisions = new org.civichub.rest.internal.fakes.FakeDecisions();
    public final org.civichub.rest.internal.fakes.FakeMatchEstimates estimates = new org.civichub.rest.internal.fakes.FakeMatchEstimates();
    public final org.civichub.rest.internal.fakes.FakeFeeds feeds = new org.civichub.rest.internal.fakes.FakeFeeds(residents);
    public final java.util.List<org.civichub.feeds.ChannelStatus> channelStatuses = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final org.civichub.feeds.Channels channels = () -> java.util.List.copyOf(channelStatuses);
    public final org.civichub.rest.internal.fakes.FakeReports reports = new org.civichub.rest.internal.fakes.FakeReports(NOW);
    public final org.civichub.rest.internal.fakes.FakeDeliveries deliveries = new org.civichub.rest.internal.fakes.FakeDeliveries();

    public static final Pseudonyms PSEUDONYMS = new Pseudonyms("a test key of thirty-two bytes..".getBytes());

    public final TestClock clock = new TestClock(NOW);

    private final RestServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public TestApi() {
        this(java.util.List.of());
    }

    /** The API with these static files served beside it. */
    public TestApi(java.util.List<org.civichub.rest.WebContent> web) {
        this(web, null);
    }

    /** The API with these static files served beside it and this grid file ({@code null}: none). */
    public TestApi(java.util.List<org.civichub.rest.WebContent> web, java.nio.file.Path gridFile) {
        Map<String, Object> users = new HashMap<>();
        users.put("user.wang", hash("pw-wang") + ";roles=worker;scope=350203006");
        users.put("user.li", hash("pw-li") + ";roles=worker,id-full;scope=350203");
        users.put("user.ops", hash("pw-ops") + ";roles=operator;scope=350203");
        users.put("user.guest", hash("pw-guest"));
        users.put("user.street", hash("pw-street") + ";roles=operator;scope=350203006");
        users.put("user.grid", hash("pw-grid") + ";roles=worker;scope=350203006004-1");
        users.put("client.police", "sha256$" + ApiClient.sha256("key-police") + ";scope=350203");
        users.put("client.labour", "sha256$" + ApiClient.sha256("key-labour") + ";scope=350203006");
        server = RestServer.start(new ServerSettings("127.0.0.1", freePort(), "/api/v1",
                        ServerSettings.DEFAULT_SESSION_IDLE, gridFile),
                new Backends(residents, residents, quarantine, audit, connectors, new UserDirectory(users),
                        storeHealth, metrics, PSEUDONYMS, links, decisions, reports, reports, estimates, feeds, channels,
                        deliveries, web),
                clock);
    }

    /** A response, with its body parsed when it is JSON. */
    public record Reply(int status, HttpHeaders headers, String body, JsonNode json) {

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    /** A GET without credentials. */
    public Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public Reply get(String pathAndQuery, String user) {
        return send(request(pathAndQuery).header("Authorization", basic(user, "pw-" + user)).GET());
    }

    /** A GET as a department client with its API key. */
    public Reply getWithKey(String pathAndQuery, String key) {
        return send(request(pathAndQuery).header("X-Api-Key", key).GET());
    }

    public Reply post(String path, String user) {
        return send(request(path).header("Authorization", basic(user, "pw-" + user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A POST of a JSON body. */
    public Reply post(String path, String user, String json) {
        return send(request(path).header("Authorization", basic(user, "pw-" + user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() || !r.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? null : json.readTree(r.body());
            return new Reply(r.statusCode(), r.headers(), r.body(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to a path from the listener's root, e.g. {@code /ui/}. */
    public HttpRequest.Builder fromRoot(String path) {
        URI api = server.address();
        return HttpRequest.newBuilder(URI.create(api.getScheme() + "://" + api.getAuthority() + path));
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.address() + pathAndQuery));
    }

    /** A JSON object of strings as a map. */
    public Map<String, String> json(JsonNode object) {
        Map<String, String> m = new HashMap<>();
        object.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asText()));
        return m;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }

    private static String hash(String password) {
        return PasswordHash.create(password.toCharArray(), PasswordHash.MIN_ITERATIONS).toString();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
