package org.civichub.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reads the soak check makes: the hub's API (as an operator, or as a department with its key),
 * Elasticsearch, and the departments' inbound sides. Every failure is a {@link BaselineFailure}
 * naming the URL and the answer.
 */
final class SoakHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final int PAGE = 1000;
    private static final int SCROLL = 10_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final SoakOptions o;

    SoakHttp(SoakOptions options) {
        this.o = options;
    }

    /** One connector as the hub shows it to an operator. */
    JsonNode connector(String id) {
        return json(HttpRequest.newBuilder(URI.create(o.api() + "/connectors/" + id)).header("Authorization", basic()));
    }

    /** The ids of a department's pull feed in its order, read to its end with the department's key. */
    Feed feed(String department) {
        List<String> ids = new ArrayList<>();
        long last = -1;
        String after = null;
        while (true) {
            String query = "?limit=" + PAGE + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = json(asDepartment(department, "/feeds/" + department + query));
            for (JsonNode item : page.path("items")) {
                ids.add(item.path("id").asText());
                last = Math.max(last, Long.parseLong(item.path("sequence").asText("-1")));
            }
            String next = page.path("next").asText(null);
            // An empty page whose cursor moved passed events for other departments: read on.
            if (next == null || next.equals(after)) {
                return new Feed(ids, last);
            }
            after = next;
        }
    }

    /** The outbox sequence of the last event the department's push channel delivered, -1 before any. */
    long pushedUpTo(String department) {
        JsonNode push = json(asDepartment(department, "/feeds/" + department + "/status")).path("push");
        return push.path("position").isMissingNode() || push.path("position").isNull() ? -1
                : Long.parseLong(push.path("position").asText("-1"));
    }

    /**
     * What a department's system received, in the order it arrived: see {@link #arrivals(InputStream)}.
     */
    List<FeedAccount.Delivery> arrivals(String department) {
        HttpRequest request = HttpRequest.newBuilder(o.inboxes().get(department)).timeout(TIMEOUT).build();
        HttpResponse<InputStream> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new BaselineFailure("GET " + request.uri() + " failed: " + described(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineFailure("GET " + request.uri() + " was interrupted", e);
        }
        try (InputStream body = r.body()) {
            if (r.statusCode() / 100 != 2) {
                String text = new String(body.readNBytes(300), StandardCharsets.UTF_8);
                throw new BaselineFailure("GET " + request.uri() + " answered " + r.statusCode() + ": " + text);
            }
            return arrivals(body);
        } catch (IOException e) {
            throw new BaselineFailure("GET " + request.uri() + " answered no readable inbox: " + described(e), e);
        }
    }

    /**
     * The deliveries of an inbox, read as a stream (a department's inbox after a million persons holds
     * tens of thousands of deliveries with their payloads), each with the sequence it carried:
     * {@code arrivals[]} of a simulator's inbox (every delivery, repeats included, as {@code id} and
     * {@code sequence}) when it lists them, else {@code items[]} (its {@code id}, or {@code "file:"
     * + file}, and {@code sequence}) or the labour table's {@code inbox[]} rows ({@code eventId}, the
     * sequence of the CloudEvent in {@code payload}). A sequence that is absent is -1 (unknown).
     */
    static List<FeedAccount.Delivery> arrivals(InputStream body) throws IOException {
        List<FeedAccount.Delivery> items = new ArrayList<>();
        List<FeedAccount.Delivery> every = null;
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String list = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (value != JsonToken.START_ARRAY || !List.of("arrivals", "items", "inbox").contains(list)) {
                    p.skipChildren();
                    continue;
                }
                List<FeedAccount.Delivery> into = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    into.add(delivery(p, list.equals("inbox") ? "eventId" : "id"));
                }
                if (list.equals("arrivals")) {
                    every = into;
                } else {
                    items.addAll(into);
                }
            }
        }
        return every != null ? every : items;
    }

    /** One delivery of an inbox, its object's start just read. */
    private static FeedAccount.Delivery delivery(JsonParser p, String idField) throws IOException {
        String id = null;
        String file = null;
        long sequence = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING && field.equals(idField)) {
                id = p.getText();
            } else if (v == JsonToken.VALUE_STRING && field.equals("file")) {
                file = p.getText();
            } else if (field.equals("sequence") && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_STRING)) {
                sequence = sequence(p.getText());
            } else if (v == JsonToken.VALUE_STRING && field.equals("payload")) {
                sequence = payloadSequence(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return new FeedAccount.Delivery(id != null ? id : "file:" + file, sequence);
    }

    /** The sequence of the CloudEvent a payload holds; -1 when it is no JSON or has none. */
    private static long payloadSequence(String payload) {
        try {
            return sequence(JSON.readTree(payload).path("sequence").asText(""));
        } catch (IOException e) {
            return -1;
        }
    }

    private static long sequence(String text) {
        try {
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An exception with what caused it: the HTTP client wraps some failures without a message. */
    private static String described(Throwable e) {
        return e.getCause() == null || e.getCause() == e ? e.toString() : e + " (cause: " + e.getCause() + ")";
    }

    /** Makes every write to the hub's indices visible to searches. */
    void refresh() {
        send(HttpRequest.newBuilder(URI.create(o.es() + "/" + o.prefix() + "-*/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The documents of the hub's index of the given kind whose field has the value. */
    long count(String kind, String field, String value) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("query").putObject("term").put(field, value);
        return json(jsonPost(o.es() + "/" + o.prefix() + "-" + kind + "/_count", body)).path("count").asLong();
    }

    /** Every document id of the hub's index of the given kind. */
    Set<String> ids(String kind) {
        ObjectNode body = JSON.createObjectNode().put("size", SCROLL).put("_source", false);
        body.putArray("sort").add("_doc");
        JsonNode page = json(jsonPost(o.es() + "/" + o.prefix() + "-" + kind + "/_search?scroll=2m", body));
        Set<String> ids = new HashSet<>();
        while (page.path("hits").path("hits").size() > 0) {
            page.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
            ObjectNode next = JSON.createObjectNode().put("scroll", "2m").put("scroll_id", page.path("_scroll_id").asText());
            page = json(jsonPost(o.es() + "/_search/scroll", next));
        }
        ObjectNode clear = JSON.createObjectNode().put("scroll_id", page.path("_scroll_id").asText());
        send(HttpRequest.newBuilder(URI.create(o.es() + "/_search/scroll")).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(clear.toString())));
        return ids;
    }

    /** A department's feed: its event ids in order and the sequence of its last event (-1 when empty). */
    record Feed(List<String> ids, long lastSequence) {
        Feed {
            ids = List.copyOf(ids);
        }
    }

    private HttpRequest.Builder asDepartment(String department, String path) {
        return HttpRequest.newBuilder(URI.create(o.api() + path)).header("X-Api-Key", o.keys().get(department));
    }

    private static HttpRequest.Builder jsonPost(String url, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((o.user() + ":" + o.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode json(HttpRequest.Builder request) {
        HttpResponse<String> r = send(request);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new BaselineFailure(r.request().method() + " " + r.request().uri() + " answered no JSON: " + e.getMessage());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(TIMEOUT).build();
        HttpResponse<String> r;
        try {
            r = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BaselineFailure(built.method() + " " + built.uri() + " failed: " + described(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineFailure(built.method() + " " + built.uri() + " was interrupted", e);
        }
        if (r.statusCode() / 100 != 2) {
            String body = r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body();
            throw new BaselineFailure(built.method() + " " + built.uri() + " answered " + r.statusCode() + ": " + body);
        }
        return r;
    }
}
