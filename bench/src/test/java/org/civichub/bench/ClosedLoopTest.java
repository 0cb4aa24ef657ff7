package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load loop against a tiny local server that answers {@code /ok…} after {@value #DELAY_MS} ms
 * and {@code /fail} with HTTP 500 at once, and counts what it answered. No assertion depends on how
 * fast anything is: only bounds that hold however slow the machine is.
 */
class ClosedLoopTest {

    private static final int DELAY_MS = 20;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ConcurrentHashMap<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private ExecutorService executor;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        order.add(path);
        boolean fail = path.startsWith("/fail");
        if (!fail) {
            try {
                Thread.sleep(DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = (fail ? "boom" : "{\"total\":0}").getBytes(StandardCharsets.UTF_8);
        answered.computeIfAbsent(fail ? "fail" : "ok", k -> new AtomicInteger()).incrementAndGet();
        exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private ClosedLoop loop(String... paths) {
        List<HttpRequest> requests = new ArrayList<>();
        for (String p : paths) {
            requests.add(HttpRequest.newBuilder(base.resolve(p)).GET().build());
        }
        return new ClosedLoop("api", SearchBenchmark.client(), requests, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int answered(String what) {
        return answered.getOrDefault(what, new AtomicInteger()).get();
    }

    @Test
    void answersAreCountedWithTheirLatenciesAndFailuresAsErrors() {
        int users = 4;
        PhaseResult r = loop("/ok/1", "/ok/2", "/fail").run(users, 0, 0, 0.5, 1);

        assertThat(r.target()).isEqualTo("api");
        assertThat(r.users()).isEqualTo(users);
        assertThat(r.thinkMs()).isZero();
        assertThat(r.queries()).isPositive();
        assertThat(r.errors()).isPositive();
        // All answers count but those that came after the window closed: at most one per user.
        assertThat(r.queries()).isBetween((long) answered("ok") - users, (long) answered("ok"));
        assertThat(r.errors()).isBetween((long) answered("fail") - users, (long) answered("fail"));
        assertThat(r.latenciesMicros()[0]).as("the shortest latency").isGreaterThanOrEqualTo(DELAY_MS * 1000L);
        assertThat(r.sliceP99Millis()).as("a window under ten seconds is one slice, its p99 the phase's")
                .containsExactly(r.percentileMillis(99));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("warning: api: first failed search: GET " + base + "/fail answered HTTP 500: boom");
        assertThat(shown.lines().count()).as("only the first failure is shown").isEqualTo(1);
    }

    @Test
    void thinkingUsersAreCountedToo() {
        int users = 3;
        PhaseResult r = loop("/ok").run(users, 5, 0, 0.3, 1);

        assertThat(r.errors()).isZero();
        assertThat(r.queries()).isBetween((long) answered("ok") - users, (long) answered("ok"));
        assertThat(r.thinkMs()).isEqualTo(5);
    }

    @Test
    void warmUpAnswersAreNotCounted() {
        PhaseResult r = loop("/ok").run(2, 0, 0.2, 0.2, 1);

        assertThat(r.queries()).isLessThanOrEqualTo(answered("ok"));
    }

    @Test
    void everyPhaseSendsTheSequenceFromItsStartInOrder() {
        ClosedLoop loop = loop("/ok/a", "/ok/b", "/ok/c");
        loop.run(1, 0, 0, 0.15, 1);
        List<String> first = List.copyOf(order);
        order.clear();
        loop.run(1, 0, 0, 0.15, 1);
        List<String> second = List.copyOf(order);

        for (List<String> sent : List.of(first, second)) {
            assertThat(sent).isNotEmpty();
            for (int i = 0; i < sent.size(); i++) {
                assertThat(sent.get(i)).isEqualTo(List.of("/ok/a", "/ok/b", "/ok/c").get(i % 3));
            }
        }
    }

    @Test
    void thinkTimesAreExponentialAndCapped() {
        assertThat(ClosedLoop.thinkNanos(0, 1000)).isZero();
        assertThat(ClosedLoop.thinkNanos(1 - Math.exp(-1), 1000)).isCloseTo(1_000_000_000L,
                org.assertj.core.data.Offset.offset(1000L));
        assertThat(ClosedLoop.thinkNanos(0.999_999, 1000)).as("capped at five means").isEqualTo(5_000_000_000L);
        assertThat(ClosedLoop.thinkNanos(0.5, 0)).isZero();
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double mean = java.util.stream.IntStream.range(0, 100_000)
                .mapToLong(i -> ClosedLoop.thinkNanos(random.nextDouble(), 1000)).average().orElseThrow() / 1e6;
        assertThat(mean).as("the cap takes e^-5 of the mean off").isCloseTo(1000 * (1 - Math.exp(-5)),
                org.assertj.core.data.Offset.offset(15.0));
    }
}
