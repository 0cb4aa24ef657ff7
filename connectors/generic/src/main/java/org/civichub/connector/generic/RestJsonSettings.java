package org.civichub.connector.generic;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * A REST service answering pages of JSON records ({@code source.kind = rest-json}):
 * {@code GET baseUrl + path ? updatedSince=&cursor=&limit=}, the parameter names as configured,
 * answering an object whose {@code itemsField} is the array of records and whose
 * {@code nextCursorField} is the next page's cursor ({@code null} or empty on the last page). Field
 * names may be dotted paths into nested objects, e.g. {@code data.list}. {@link #toString()} leaves
 * the API key out, and no validation message quotes it.
 *
 * @param baseUrl           the service, http or https, without user, query or fragment
 * @param path              the records' path under it, e.g. {@code /api/v1/pension}; may carry fixed query parameters
 * @param updatedSinceParam the query parameter of the update time to read after
 * @param cursorParam       the query parameter of the next page's cursor
 * @param limitParam        the query parameter of the page size
 * @param itemsField        the answer's array of records
 * @param nextCursorField   the answer's cursor of the next page
 * @param apiKeyHeader      the header that carries the API key; empty when the service needs none
 * @param apiKey            the API key; never logged
 * @param timeout           the connect timeout and the timeout of each request
 */
public record RestJsonSettings(URI baseUrl, String path, String updatedSinceParam, String cursorParam,
                               String limitParam, String itemsField, String nextCursorField, String apiKeyHeader,
                               String apiKey, Duration timeout) implements SourceSettings {

    public static final String KIND = "rest-json";

    public RestJsonSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        boolean http = "http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme());
        if (!http || baseUrl.getHost() == null || baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null
                || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("rest.baseUrl must be an http or https URL without user, query or "
                    + "fragment: " + baseUrl);
        }
        path = path == null ? "" : path.strip();
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("rest.path must start with '/': " + path);
        }
        if (path.contains("#") || path.contains(" ")) {
            throw new IllegalArgumentException("rest.path must be a plain URL path: " + path);
        }
        for (String[] p : new String[][] {{"rest.updatedSinceParam", updatedSinceParam},
                {"rest.cursorParam", cursorParam}, {"rest.limitParam", limitParam}, {"rest.itemsField", itemsField},
                {"rest.nextCursorField", nextCursorField}}) {
            if (p[1] == null || p[1].isBlank()) {
                throw new IllegalArgumentException(p[0] + " must not be empty");
            }
        }
        if (itemsField.equals(nextCursorField)) {
            throw new IllegalArgumentException("rest.itemsField and rest.nextCursorField must differ");
        }
        apiKeyHeader = apiKeyHeader == null ? "" : apiKeyHeader.strip();
        apiKey = apiKey == null ? "" : apiKey;
        if (!apiKeyHeader.isEmpty() && !apiKeyHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException("rest.apiKeyHeader is not a header name: " + apiKeyHeader);
        }
        if (apiKeyHeader.isEmpty() != apiKey.isEmpty()) {
            throw new IllegalArgumentException("rest.apiKeyHeader and .rest.apiKey go together: set both or neither");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("rest.timeoutSeconds must be positive: " + timeout);
        }
    }

    /** Parses {@code baseUrl}; a malformed one is an {@link IllegalArgumentException} naming it. */
    public static URI url(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("rest.baseUrl is required: the service's base URL");
        }
        try {
            return new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("rest.baseUrl is not a URL: " + baseUrl, e);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String toString() {
        return "RestJsonSettings[baseUrl=" + baseUrl + ", path=" + path + ", updatedSinceParam=" + updatedSinceParam
                + ", cursorParam=" + cursorParam + ", limitParam=" + limitParam + ", itemsField=" + itemsField
                + ", nextCursorField=" + nextCursorField + ", apiKeyHeader=" + apiKeyHeader + ", apiKey=***"
                + ", timeout=" + timeout + "]";
    }
}
