package org.civichub.simulators.civil;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client of the simulator for the tests. */
final class CivilHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, body as JSON, headers' first values by lower-case name. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        List<Map<String, String>> items() {
            List<Map<String, String>> items = new ArrayList<>();
            body.get("items").forEach(item -> {
                Map<String, String> fields = new LinkedHashMap<>();
                item.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                items.add(fields);
            });
            return items;
        }

        String nextCursor() {
            JsonNode next = body.get("nextCursor");
            return next == null || next.isNull() ? null : next.asText();
        }
    }

    private CivilHttp() {
    }

    /** GET {@code <apiUrl>/<type>} with the given key (null for none) and query parameters (null values skipped). */
    static Answer get(String apiUrl, String type, String key, Map<String, String> query) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(apiUrl).append('/').append(type);
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() != null) {
                uri.append(separator).append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString())).GET();
        if (key != null) {
            request.header(CivilContract.API_KEY_HEADER, key);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response);
    }

    static Answer page(String apiUrl, String type, String updatedSince, String cursor, Integer limit)
            throws IOException, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("updatedSince", updatedSince);
        query.put("cursor", cursor);
        query.put("limit", limit == null ? null : limit.toString());
        return get(apiUrl, type, CivilContract.DEFAULT_API_KEY, query);
    }

    /** Pages a type from {@code updatedSince} to the end of the run; fails on any non-200 answer. */
    static List<Answer> pageAll(String apiUrl, String type, String updatedSince, int limit)
            throws IOException, InterruptedException {
        List<Answer> pages = new ArrayList<>();
        Answer page = page(apiUrl, type, updatedSince, null, limit);
        pages.add(expectOk(page));
        while (page.nextCursor() != null) {
            page = page(apiUrl, type, null, page.nextCursor(), limit);
            pages.add(expectOk(page));
        }
        return pages;
    }

    static List<Map<String, String>> items(List<Answer> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }

    /** POST /admin/clock?to=... */
    static int moveClock(String adminUrl, String to) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + "/clock?to="
                + URLEncoder.encode(to, StandardCharsets.UTF_8))).POST(HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static JsonNode status(String adminUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + "/status")).GET().build();
        return JSON.readTree(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static Answer expectOk(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("HTTP " + answer.status() + ": " + answer.raw().body());
        }
        return answer;
    }
}
