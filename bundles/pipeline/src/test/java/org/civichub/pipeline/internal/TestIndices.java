package org.civichub.pipeline.internal;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.civichub.store.elasticsearch.ElasticsearchSettings;

/**
 * The indices of one test on the Elasticsearch of {@code civichub.es.url}, under a prefix of its own
 * so tests can share a cluster, with plain HTTP reads for checks that must not go through the store
 * under test.
 */
final class TestIndices {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String prefix = "it-intake-" + UUID.randomUUID().toString().substring(0, 8);

    static String url() {
        return System.getProperty("civichub.es.url", "http://127.0.0.1:9200");
    }

    /** Writes wait for a refresh, so searches and counts see them as soon as a batch is acknowledged. */
    ElasticsearchSettings settings() {
        return ElasticsearchSettings.defaults().withUrls(url()).withIndexPrefix(prefix)
                .withRefresh(ElasticsearchSettings.Refresh.WAIT_FOR);
    }

    /** The documents of a kind ({@code raw}, {@code changes}, ...). */
    long count(String kind) {
        return get("/" + prefix + "-" + kind + "/_count").path("count").asLong();
    }

    /** The {@code _version} Elasticsearch gave a document; it grows with every write. */
    long version(String kind, String id) {
        return get("/" + prefix + "-" + kind + "/_doc/" + id).path("_version").asLong();
    }

    /** The documents of a kind as stored, by id; at most a thousand. */
    Map<String, JsonNode> documents(String kind) {
        Map<String, JsonNode> out = new TreeMap<>();
        get("/" + prefix + "-" + kind + "/_search?size=1000").path("hits").path("hits")
                .forEach(hit -> out.put(hit.path("_id").asText(), hit.path("_source")));
        return out;
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

    private JsonNode get(String path) {
        return send("GET", path);
    }

    private JsonNode send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
