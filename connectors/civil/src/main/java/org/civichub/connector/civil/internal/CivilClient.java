package org.civichub.connector.civil.internal;

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
import java.util.Objects;
import org.civichub.connector.kit.RetryAfter;
import org.civichub.connector.kit.RetryLaterException;
import org.civichub.model.IdMask;

/**
 * An HTTP client of the civil-affairs service's record endpoints,
 * {@code GET {baseUrl}/api/v1/{type}?updatedSince=&cursor=&limit=} with the API key in
 * {@code X-Api-Key}. The key goes only into that header: it is never part of a URL, a message or an
 * exception, and is cut out of any body quoted in a message. Redirects are not followed, so the key
 * is never sent anywhere else. Safe for one caller at a time.
 */
public final class CivilClient {

    static final String API_PATH = "/api/v1/";
    static final String API_KEY_HEADER = "X-Api-Key";
    /** The most of a body read; a page of 500 records is far smaller. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    /** How much of a body an error message quotes. */
    static final int QUOTED = 200;

    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    /**
     * @param baseUrl the service's base URL, without {@code /api/v1}
     * @param timeout the connect timeout and the timeout of each request
     */
    public CivilClient(URI baseUrl, String apiKey, Duration timeout, Clock clock) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").toString().replaceAll("/+$", "");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Asks for one page: the first after {@code updatedSince} ({@code null}: from the beginning), or
     * the page of {@code cursor}.
     *
     * @return the 2xx answer, its body read up to {@link #MAX_BODY} + 1 bytes
     * @throws RetryLaterException  on 429 (with its {@code Retry-After} as the hint) and 503 (without)
     * @throws CivilAnswerException on any other status
     * @throws IOException          when the service cannot be reached or does not answer in time
     */
    Answer get(String recordType, String updatedSince, String cursor, int limit)
            throws IOException, InterruptedException, RetryLaterException, CivilAnswerException {
        Request request = new Request(recordType, updatedSince, cursor, limit);
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(timeout)
                .header(API_KEY_HEADER, apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(get, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : ": " + scrub(e.getMessage());
            throw new IOException(request.describe() + " failed: " + e.getClass().getSimpleName() + why, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Answer(request, read(response, MAX_BODY + 1));
        }
        String body = quote(read(response, QUOTED * 4));
        switch (status) {
            case 429 -> throw new RetryLaterException("the civil-affairs service asks to slow down (429) at "
                    + request.describe(), RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                    clock.instant()));
            case 503 -> throw new RetryLaterException("the civil-affairs service is unavailable (503) at "
                    + request.describe(), null);
            case 401, 403 -> throw new CivilAnswerException("the civil-affairs service refused the API key ("
                    + status + ") at " + request.describe() + "; check .apiKey in the connector's configuration: "
                    + body);
            default -> throw new CivilAnswerException("the civil-affairs service answered " + status + " to "
                    + request.describe() + ": " + body);
        }
    }

    /** {@code text} with the API key cut out and ID numbers masked, fit for a message. */
    String scrub(String text) {
        return IdMask.mask(apiKey.isEmpty() ? text : text.replace(apiKey, "***"));
    }

    /** The beginning of a body for a message: at most {@link #QUOTED} characters, on one line, scrubbed. */
    String quote(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        s = scrub(s);
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
    record Request(String recordType, String updatedSince, String cursor, int limit) {

        String pathAndQuery() {
            StringBuilder q = new StringBuilder(API_PATH).append(encode(recordType)).append("?");
            if (cursor != null) {
                q.append("cursor=").append(encode(cursor)).append('&');
            } else if (updatedSince != null) {
                q.append("updatedSince=").append(encode(updatedSince)).append('&');
            }
            return q.append("limit=").append(limit).toString();
        }

        /** The request without the cursor, which may encode a record key. */
        String describe() {
            String what = cursor != null ? "cursor=(next page)&"
                    : updatedSince != null ? "updatedSince=" + updatedSince + "&" : "";
            return "GET " + API_PATH + recordType + "?" + what + "limit=" + limit;
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
