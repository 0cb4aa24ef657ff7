package org.civichub.connector.generic;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An in-JVM HTTP service on a free port that answers each request with the next canned answer and
 * records what it was asked, for page shapes and failures the simulator does not produce.
 */
final class CannedService implements AutoCloseable {

    record Answer(int status, String body, String retryAfter) {
    }

    record Asked(String pathAndQuery, String apiKey) {
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    final List<Asked> asked = new ArrayList<>();

    CannedService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Answer a;
            synchronized (this) {
                asked.add(new Asked(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("X-Token")));
                a = answers.isEmpty() ? new Answer(500, "{\"error\":\"no answer left\"}", null) : answers.poll();
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (a.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", a.retryAfter());
            }
            exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    synchronized CannedService answer(String body) {
        answers.add(new Answer(200, body, null));
        return this;
    }

    synchronized CannedService answer(int status, String body, String retryAfter) {
        answers.add(new Answer(status, body, retryAfter));
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
