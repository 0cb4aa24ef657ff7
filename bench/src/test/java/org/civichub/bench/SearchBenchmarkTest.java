package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole command against a fake Elasticsearch and a fake API on one local server. */
class SearchBenchmarkTest {

    private static final String INDEX = "civichub-test-residents";
    private static final String HIT = "{\"_source\":{\"name\":\"张伟\",\"namePinyin\":\"zhangwei\",\"nameInitials\":\"zw\","
            + "\"idNumber\":\"350203198001010011\",\"addressText\":[\"思明区大同路12号5-2-301\"],"
            + "\"tags\":[\"floating\"]}}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> esBodies = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final AtomicLong apiSearches = new AtomicLong();
    private volatile int metricsStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/_nodes/_local", x -> send(x, 200, "{\"nodes\":{\"n1\":{\"version\":\"8.19.21\"}}}"));
        server.createContext("/" + INDEX + "/_search", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("function_score")) {
                send(x, 200, "{\"hits\":{\"hits\":[" + HIT + "," + HIT + "]}}");
            } else {
                esBodies.add(body);
                send(x, 200, "{\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");
            }
        });
        server.createContext("/api/v1/session", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean demo = "POST".equals(x.getRequestMethod()) && body.equals("{\"user\":\"demo\",\"password\":\"demo\"}");
            if (demo) {
                x.getResponseHeaders().add("Set-Cookie", "civichub_session=s3cret; Path=/; HttpOnly; SameSite=Strict");
            }
            send(x, demo ? 200 : 401, demo ? "{\"user\":\"demo\"}" : "{\"detail\":\"unauthorized\"}");
        });
        server.createContext("/api/v1/residents", x -> {
            boolean session = "civichub_session=s3cret".equals(x.getRequestHeaders().getFirst("Cookie"));
            if (session) {
                apiSearches.incrementAndGet();
            }
            send(x, session ? 200 : 401, session ? "{\"total\":0,\"items\":[]}" : "{\"detail\":\"unauthorized\"}");
        });
        server.createContext("/api/v1/metrics", x -> {
            boolean session = "civichub_session=s3cret".equals(x.getRequestHeaders().getFirst("Cookie"));
            long n = apiSearches.get();
            send(x, session ? metricsStatus : 401, HubHistogramsTest.scrape(HubSampler.SEARCH, n, n, n, n)
                    + HubHistogramsTest.scrape(HubSampler.AUDIT, 0, n, n, n));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private List<String> args(String... more) {
        List<String> args = new ArrayList<>(List.of("search", "--api", base + "/api/v1", "--es", base, "--index", INDEX,
                "--users", "2,3", "--saturation-users", "2", "--seconds", "0.2", "--warmup", "0", "--think-ms", "5",
                "--sample", "10"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aRunPrintsEveryPhaseAlternatingTargetsAndTheSummary() {
        int status = RawBulkBaseline.run(args(), print(out), print(err));

        assertThat(status).as(text(err)).isZero();
        List<String> lines = text(out).lines().toList();
        List<String> results = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(results).hasSize(7);
        assertThat(results.get(0)).startsWith("target=api users=2 think_ms=5 seconds=0.2 queries=");
        assertThat(results.get(1)).startsWith("target=es users=2 think_ms=5 ");
        assertThat(results.get(2)).startsWith("target=api users=3 think_ms=5 ");
        assertThat(results.get(3)).startsWith("target=es users=3 think_ms=5 ");
        assertThat(results.get(4)).startsWith("target=api users=2 think_ms=0 ");
        assertThat(results.get(5)).startsWith("target=es users=2 think_ms=0 ");
        assertThat(results.subList(0, 6)).allMatch(l -> l.matches(".* p50_ms=\\S+ p90_ms=\\S+ p99_ms=\\S+ errors=0"));
        assertThat(results.get(6)).matches("search api_p99_ms_2=\\S+ es_p99_ms_2=\\S+ api_p99_ms_3=\\S+ es_p99_ms_3=\\S+"
                + " api_saturation_per_s=\\S+ es_saturation_per_s=\\S+ saturation_ratio=\\S+");
        assertThat(lines).anyMatch(l -> l.startsWith("# query mix (20000 searches, cycled): name="));
        assertThat(lines).anyMatch(l -> l.startsWith("# elasticsearch 8.19.21 at " + base + ": 2 residents sampled"));
        assertThat(esBodies).isNotEmpty().allMatch(b -> b.contains("\"terms\":{\"divisions\":[\"350203\"]}"));
        assertThat(lines.stream().filter(l -> l.contains(" hub_search_p99_ms=")))
                .as("the hub's share beside each phase against its API, none beside Elasticsearch's").hasSize(3)
                .allMatch(l -> l.startsWith("# target=api ") && l.contains(" hub_search_p99_ms=5 audit_wait_p99_ms=10 "));
        assertThat(text(err)).isEmpty();
    }

    @Test
    void aUserWhoMayNotReadTheMetricsIsMeasuredWithoutTheHubsShare() {
        metricsStatus = 403;

        int status = RawBulkBaseline.run(args(), print(out), print(err));

        assertThat(status).as(text(err)).isZero();
        assertThat(text(out).lines()).noneMatch(l -> l.contains("hub_search_p99_ms="))
                .anyMatch(l -> l.startsWith("search api_p99_ms_2="));
        assertThat(text(err).lines()).singleElement().asString()
                .startsWith("warning: the hub's metrics were not readable (HTTP 403 (demo is no operator))");
    }

    @Test
    void wrongCredentialsStopTheRunBeforeItStarts() {
        int status = RawBulkBaseline.run(args("--password", "wrong"), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).startsWith("error: the hub's API refused the login of demo with HTTP 401")
                .contains("(check --user and --password)");
        assertThat(text(out)).doesNotContain("target=");
    }

    @Test
    void anUnreachableElasticsearchExitsWithOne() throws IOException {
        String url;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + socket.getLocalPort();
        }
        int status = SearchBenchmark.run(List.of("search", "--es", url), print(out), print(err));

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).startsWith("error: Elasticsearch is not reachable at " + url);
    }

    @Test
    void badArgumentsExitWithTwoAndPrintTheUsage() {
        assertThat(RawBulkBaseline.run(List.of("search", "--users", "many"), print(out), print(err))).isEqualTo(2);
        assertThat(text(err)).contains("error: --users must be a number, not many")
                .contains("usage: java -jar civichub-bench.jar search");
    }

    @Test
    void anUnknownCommandShowsBothUsages() {
        assertThat(RawBulkBaseline.run(List.of("find"), print(out), print(err))).isEqualTo(2);
        assertThat(text(err)).contains("error: unknown command: find").contains("civichub-bench.jar bulk")
                .contains("civichub-bench.jar search");
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
