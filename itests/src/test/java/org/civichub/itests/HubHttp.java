package org.civichub.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to a hub run as a process ({@link HubProcess}) and to its Elasticsearch: the API as a user
 * or a department client, and the indices of the hub's prefix.
 */
final class HubHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ES = System.getProperty("civichub.es.url", "http://127.0.0.1:9200");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int restPort;
    private final String prefix;

    HubHttp(int restPort, String prefix) {
        this.restPort = restPort;
        this.prefix = prefix;
    }

    /** The API at {@code path} (below {@code /api/v1}) as the test user. */
    HttpRequest.Builder api(String path) {
        return api(path, KarafTestSupport.USER);
    }

    /** The API at {@code path} as {@code user}, whose password is the test password. */
    HttpRequest.Builder api(String path, String user) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + KarafTestSupport.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(root() + "/api/v1" + path))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(30));
    }

    /** A GET of the API at {@code path} as a department client with its key. */
    HttpRequest.Builder keyed(String path, String key) {
        return HttpRequest.newBuilder(URI.create(root() + "/api/v1" + path)).header("X-Api-Key", key)
                .timeout(Duration.ofSeconds(30)).GET();
    }

    /** The hub's listener, e.g. {@code http://127.0.0.1:8181}. */
    String root() {
        return "http://127.0.0.1:" + restPort;
    }

    /** A 200 answer's JSON; anything else throws, naming the status and body. */
    JsonNode json(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = send(request);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Makes every write to one kind of index visible to searches. */
    void refresh(String kind) throws Exception {
        send(HttpRequest.newBuilder(URI.create(ES + "/" + prefix + "-" + kind + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The {@code hits} object of a search of one kind of index, after a refresh. */
    JsonNode hits(String kind, String query) throws Exception {
        refresh(kind);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ES + "/" + prefix + "-" + kind + "/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)));
        return JSON.readTree(r.body()).path("hits");
    }

    /** Deletes every index of the prefix. */
    static void deleteIndices(String prefix) throws Exception {
        send(HttpRequest.newBuilder(URI.create(ES + "/" + prefix + "-*")).DELETE());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
