package org.civichub.connector.civil;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import org.civichub.connector.kit.SyncSettings;

/**
 * The settings of one civil-affairs connector instance. {@link #toString()} leaves the API key out,
 * and no validation message quotes it.
 *
 * @param id                     the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param baseUrl                the service's base URL, without {@code /api/v1}; http or https
 * @param apiKey                 the {@code X-Api-Key} the service expects
 * @param pageSize               records per page, 1 to 500 (the service's most)
 * @param pollInterval           how often to sync; zero syncs only when asked
 * @param retries                how often one page is retried after 429 or 503 before the run gives up
 * @param retryDelay             the first retry delay, doubled per retry up to {@code maxRetryDelay};
 *                               a longer {@code Retry-After} of a 429 wins
 * @param maxRetryDelay          the longest delay the connector waits on its own account
 * @param circuitAfterFailedRuns after this many failed runs in a row polls are skipped for
 *                               {@code circuitOpen}; 0 never skips
 * @param circuitOpen            how long polls are skipped
 * @param timeout                the connect timeout and the timeout of each request
 */
public record CivilSettings(
        String id,
        URI baseUrl,
        String apiKey,
        int pageSize,
        Duration pollInterval,
        int retries,
        Duration retryDelay,
        Duration maxRetryDelay,
        int circuitAfterFailedRuns,
        Duration circuitOpen,
        Duration timeout) {

    /** The most records the service serves in one page. */
    public static final int MAX_PAGE_SIZE = 500;

    public CivilSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        boolean http = "http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme());
        if (!http || baseUrl.getHost() == null || baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null
                || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL without user, query or fragment: "
                    + baseUrl);
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        // checks the id, the retry and circuit settings
        new SyncSettings(id, pollInterval, retries, retryDelay, maxRetryDelay, circuitAfterFailedRuns, circuitOpen);
    }

    /** Parses {@code baseUrl}; a malformed one is an {@link IllegalArgumentException} naming it. */
    public static URI url(String baseUrl) {
        try {
            return new URI(Objects.requireNonNull(baseUrl, "baseUrl").strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl, e);
        }
    }

    /** How the instance syncs: retries of 429 and 503, and the circuit, as configured. */
    public SyncSettings sync() {
        return new SyncSettings(id, pollInterval, retries, retryDelay, maxRetryDelay, circuitAfterFailedRuns,
                circuitOpen);
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return sync().syncEndpoint();
    }

    @Override
    public String toString() {
        return "CivilSettings[id=" + id + ", baseUrl=" + baseUrl + ", apiKey=***, pageSize=" + pageSize
                + ", pollInterval=" + pollInterval + ", retries=" + retries + ", retryDelay=" + retryDelay
                + ", maxRetryDelay=" + maxRetryDelay + ", circuitAfterFailedRuns=" + circuitAfterFailedRuns
                + ", circuitOpen=" + circuitOpen + ", timeout=" + timeout + "]";
    }
}
