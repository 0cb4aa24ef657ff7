package org.civichub.store.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The Elasticsearch the integration tests run against ({@code civichub.es.url}, by default the local
 * node of {@code scripts/elasticsearch.sh}), with plain HTTP access for checks that must not go
 * through the code under test. Each test class works under its own index prefix and deletes its
 * indices and templates afterwards, so test classes can share a cluster.
 */
final class TestCluster {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String prefix;

    TestCluster(String testName) {
        this.prefix = "it-" + testName.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String url() {
        return System.getProperty("civichub.es.url", "http://127.0.0.1:9200");
    }

    String prefix() {
        return prefix;
    }

    /** Settings for this test's prefix; writes wait for a refresh so searches see them at once. */
    ElasticsearchSettings settings() {
        return ElasticsearchSettings.defaults().withUrls(url()).withIndexPrefix(prefix)
                .withRefresh(ElasticsearchSettings.Refresh.WAIT_FOR);
    }

    /** The status and JSON body of a request; the body is empty JSON for a HEAD request or no body. */
    Response send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with a JSON body, answered with its status and JSON body. */
    Response send(String method, String path, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path) {
        return send("GET", path).body();
    }

    long count(String kind) {
        return get("/" + prefix + "-" + kind + "/_count").path("count").asLong();
    }

    /** The number of documents of a kind whose field has the value. */
    long count(String kind, String field, String value) {
        return get("/" + prefix + "-" + kind + "/_count?q=" + field + ":" + value).path("count").asLong();
    }

    /** Deletes every index and index template under this test's prefix. */
    void deleteAll() {
        List<String> indices = new ArrayList<>();
        get("/_cat/indices/" + prefix + "-*?format=json&h=index&expand_wildcards=all")
                .forEach(row -> indices.add(row.path("index").asText()));
        if (!indices.isEmpty()) {
            send("DELETE", "/" + String.join(",", indices));
        }
        send("DELETE", "/_index_template/" + prefix + "-*");
    }

    record Response(int status, JsonNode body) {
    }
}
