package org.civichub.connector.generic.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.civichub.connector.generic.RestJsonSettings;
import org.civichub.connector.kit.RetryAfter;
import org.civichub.connector.kit.RetryLaterException;
import org.civichub.model.IdMask;

/**
 * An HTTP client of a record endpoint, {@code GET baseUrl + path ? updatedSince=&cursor=&limit=}
 * with the parameter names configured and the API key in its header. The key goes only into that
 * header: it is never part of a URL, a message or an exception, and is cut out of any body quoted
 * in a message. Redirects are not followed, so the key is never sent anywhere else. Safe for one
 * caller at a time.
 */
final class RestClient {

    /** The most of a body read; a page of 5000 records is far smaller. */
    static final int MAX_BODY = 32 * 1024 * 1024;
    /** How much of a body an error message quotes. */
    static final int QUOTED = 200;

    private final RestJsonSettings settings;
    private final String base;
    private final Clock clock;
    private final HttpClient http;

    RestClient(RestJsonSettings settings, Clock clock) {
        this.settings = settings;
        this.base = settings.baseUrl().toString().replaceAll("/+$", "") + settings.path();
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Asks for one page: the first after {@code updatedSince} ({@code null}: from the beginning), or
     * the page of {@code cursor}.
     *
     * @return the 2xx answer, its body read up to {@link #MAX_BODY} + 1 bytes
     * @throws RetryLaterException  on 429 and 503, with their {@code Retry-After} as the hint
     * @throws RestAnswerException  on any other status
     * @throws IOException          when the service cannot be reached or does not answer in time
     */
    Answer get(String updatedSince, String cursor, int limit)
            throws IOException, InterruptedException, RetryLaterException, RestAnswerException {
        Request request = new Request(updatedSince, cursor, limit);
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + request.query()))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .GET();
        if (!settings.apiKeyHeader().isEmpty()) {
            get.header(settings.apiKeyHeader(), settings.apiKey());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(get.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : ": " + scrub(e.getMessage());
            throw new IOException(request.describe() + " failed: " + e.getClass().getSimpleName() + why, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Answer(request, read(response, MAX_BODY + 1));
        }
        String body = quote(read(response, QUOTED * 4));
        Duration hint = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
        switch (status) {
            case 429 -> throw new RetryLaterException("the service asks to slow down (429) at " + request.describe(),
                    hint);
            case 503 -> throw new RetryLaterException("the service is unavailable (503) at " + request.describe(), hint);
            case 401, 403 -> throw new RestAnswerException("the service refused the request (" + status + ") at "
                    + request.describe() + "; check rest.apiKeyHeader and .rest.apiKey in the connector's "
                    + "configuration: " + body);
            default -> throw new RestAnswerException("the service answered " + status + " to " + request.describe()
                    + ": " + body);
        }
    }

    /** {@code text} with the API key cut out and ID numbers masked, fit for a message. */
    String scrub(String text) {
        String key = settings.apiKey();
        return IdMask.mask(key.isEmpty() ? text : text.replace(key, "***"));
    }

    /** The beginning of a body for a message: at most {@link #QUOTED} characters, on one line, scrubbed. */
    String quote(byte[] body) {
        String s = scrub(new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip());
        if (s.isEmpty()) {
            return "(empty body)";
        }
        return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…";
    }

    private static byte[] read(HttpResponse<InputStream> response, int max) throws IOException {
        try (InputStream in = response.body()) {
            return in.readNBytes(max);
        }
    }

    /** One request, and how messages name it. */
    final class Request {
        private final String updatedSince;
        private final String cursor;
        private final int limit;

        Request(String updatedSince, String cursor, int limit) {
            this.updatedSince = updatedSince;
            this.cursor = cursor;
            this.limit = limit;
        }

        String cursor() {
            return cursor;
        }

        int limit() {
            return limit;
        }

        String query() {
            StringBuilder q = new StringBuilder(settings.path().contains("?") ? "&" : "?");
            if (cursor != null) {
                q.append(encode(settings.cursorParam())).append('=').append(encode(cursor)).append('&');
            } else if (updatedSince != null) {
                q.append(encode(settings.updatedSinceParam())).append('=').append(encode(updatedSince)).append('&');
            }
            return q.append(encode(settings.limitParam())).append('=').append(limit).toString();
        }

        /** The request without the cursor, which may encode a record key. */
        String describe() {
            String what = cursor != null ? settings.cursorParam() + "=(next page)&"
                    : updatedSince != null ? settings.updatedSinceParam() + "=" + updatedSince + "&" : "";
            return "GET " + settings.path().replaceAll("\\?.*", "") + "?" + what + settings.limitParam() + "=" + limit;
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** A 2xx answer's body, at most {@link #MAX_BODY} + 1 bytes, and the request it answers. */
    record Answer(Request request, byte[] body) {

        boolean truncated() {
            return body.length > MAX_BODY;
        }
    }
}
