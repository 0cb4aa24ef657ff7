package org.civichub.connector.civil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * An HTTP service on a free loopback port that gives every request the same canned answer, for what
 * the simulator never does: a 500, a body that is not JSON, a page of the wrong shape, a 429 with
 * a date, no answer at all. Records each request's path, query and API key header.
 */
final class CannedService implements AutoCloseable {

    record Seen(String pathAndQuery, String apiKey) {
    }

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    private CannedService(int status, Map<String, String> headers, String body, boolean hang) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, status, headers, body, hang));
        server.start();
    }

    static CannedService answering(int status, String body) throws IOException {
        return new CannedService(status, Map.of("Content-Type", "application/json"), body, false);
    }

    static CannedService answering(int status, Map<String, String> headers, String body) throws IOException {
        return new CannedService(status, headers, body, false);
    }

    /** A service that accepts the request and does not answer until closed. */
    static CannedService silent() throws IOException {
        return new CannedService(200, Map.of(), "", true);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange, int status, Map<String, String> headers, String body, boolean hang)
            throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        seen.add(new Seen(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                exchange.getRequestHeaders().getFirst("X-Api-Key")));
        if (hang) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
