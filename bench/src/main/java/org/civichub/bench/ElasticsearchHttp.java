package org.civichub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few Elasticsearch calls the baseline needs, over plain {@link HttpClient} (HTTP/1.1, one
 * connection per request in flight), so that the client costs as little as possible. Thread-safe.
 * Every failure is a {@link BaselineFailure} whose message names the URL and what went wrong.
 */
final class ElasticsearchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(5);
    private static final int MAX_ERRORS_SHOWN = 3;

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ElasticsearchHttp(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    /**
     * The version of the node that answers; fails when nothing that looks like Elasticsearch does.
     * Asks {@code _nodes/_local}, since {@code GET /} is missing from some distributions.
     */
    String version() {
        String what = "GET /_nodes/_local";
        JsonNode nodes = json(send(request("/_nodes/_local?filter_path=nodes.*.version").GET(), ADMIN_TIMEOUT), what)
                .path("nodes");
        String version = nodes.elements().hasNext() ? nodes.elements().next().path("version").asText("") : "";
        if (version.isEmpty()) {
            throw new BaselineFailure(base + " answered " + what + ", but not like Elasticsearch (no node version)");
        }
        return version;
    }

    /**
     * The CPU time the node's process has used so far, in milliseconds, as the node reports it; on a
     * shared machine this tells how much work a round was, whatever the wall time.
     */
    long cpuMillis() {
        String what = "GET /_nodes/_local/stats/process";
        JsonNode nodes = json(send(request("/_nodes/_local/stats/process?filter_path=nodes.*.process.cpu.total_in_millis")
                .GET(), ADMIN_TIMEOUT), what).path("nodes");
        if (!nodes.elements().hasNext()) {
            throw new BaselineFailure(what + " reported no node");
        }
        return nodes.elements().next().path("process").path("cpu").path("total_in_millis").asLong(-1);
    }

    /** Creates an index with the given JSON body (settings and mappings). */
    void createIndex(String index, String body) {
        HttpResponse<byte[]> r = send(request("/" + index).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), ADMIN_TIMEOUT);
        requireOk(r, "PUT /" + index);
    }

    /** Deletes the index if it exists. */
    void deleteIndex(String index) {
        HttpResponse<byte[]> r = send(request("/" + index).DELETE(), ADMIN_TIMEOUT);
        if (r.statusCode() != 404) {
            requireOk(r, "DELETE /" + index);
        }
    }

    boolean indexExists(String index) {
        return send(request("/" + index).method("HEAD", HttpRequest.BodyPublishers.noBody()), ADMIN_TIMEOUT)
                .statusCode() == 200;
    }

    /**
     * Sends one {@code _bulk} body to the index. The answer is filtered to the {@code errors} flag and
     * the errors of failed items, so a successful answer is a few bytes.
     *
     * @throws BaselineFailure when the request or any item failed, with the first few item errors
     */
    void bulk(String index, byte[] ndjson) {
        String what = "POST /" + index + "/_bulk";
        HttpResponse<byte[]> r = send(request("/" + index + "/_bulk?filter_path=errors,items.*.error")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)), BULK_TIMEOUT);
        JsonNode answer = json(r, what);
        if (answer.path("errors").asBoolean(true)) {
            StringBuilder message = new StringBuilder(what).append(": items failed");
            int failed = 0;
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.elements().hasNext() ? item.elements().next().path("error") : item;
                if (failed++ < MAX_ERRORS_SHOWN) {
                    message.append("; ").append(error.path("type").asText("?")).append(": ")
                            .append(error.path("reason").asText("?"));
                }
            }
            throw new BaselineFailure(message.append(" (").append(failed).append(" in this request)").toString());
        }
    }

    /** The answer of {@code POST /<index>/_search} with the given JSON body. */
    JsonNode search(String index, String body) {
        String what = "POST /" + index + "/_search";
        return json(send(request("/" + index + "/_search").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), ADMIN_TIMEOUT), what);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, Duration timeout) {
        HttpRequest r = request.timeout(timeout).build();
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            String reason = e.getMessage() == null ? "connection refused" : e.getMessage();
            throw new BaselineFailure("Elasticsearch is not reachable at " + base + " (" + reason + ")", e);
        } catch (HttpTimeoutException e) {
            throw new BaselineFailure(r.method() + " " + r.uri() + " got no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new BaselineFailure("Elasticsearch is not reachable at " + base + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineFailure("interrupted while waiting for " + r.method() + " " + r.uri(), e);
        }
    }

    private static void requireOk(HttpResponse<byte[]> r, String what) {
        if (r.statusCode() / 100 != 2) {
            throw new BaselineFailure(what + " answered HTTP " + r.statusCode() + ": " + excerpt(r.body()));
        }
    }

    private static JsonNode json(HttpResponse<byte[]> r, String what) {
        requireOk(r, what);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new BaselineFailure(what + " answered something that is not JSON: " + excerpt(r.body()), e);
        }
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 500 ? s.substring(0, 500) + " ..." : s;
    }
}
