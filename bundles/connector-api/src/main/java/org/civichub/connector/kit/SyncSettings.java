package org.civichub.connector.kit;

import java.time.Duration;
import java.util.Objects;

/**
 * How a connector instance syncs.
 *
 * @param id            the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param pollInterval  how often to sync; zero syncs only when asked
 * @param retries       how often one fetch is retried after {@link RetryLaterException} before the run gives up
 * @param retryDelay    the first retry delay, doubled on every retry up to {@code maxRetryDelay}; a longer
 *                      hint from the source wins
 * @param maxRetryDelay the longest delay the connector waits on its own account
 * @param circuitAfter  after this many failed runs in a row, polls are skipped (the circuit opens) for
 *                      {@code circuitOpen}; a sync asked for explicitly still runs; 0 never opens
 * @param circuitOpen   how long an open circuit skips polls
 */
public record SyncSettings(String id, Duration pollInterval, int retries, Duration retryDelay, Duration maxRetryDelay,
                           int circuitAfter, Duration circuitOpen) {

    public SyncSettings {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and dashes: " + id);
        }
        if (retries < 0 || circuitAfter < 0) {
            throw new IllegalArgumentException("retries and circuitAfter must not be negative");
        }
        if (pollInterval.isNegative() || retryDelay.isNegative() || maxRetryDelay.isNegative() || circuitOpen.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** Settings with the usual retry and circuit behaviour. */
    public static SyncSettings of(String id, Duration pollInterval) {
        return new SyncSettings(id, pollInterval, 8, Duration.ofMillis(200), Duration.ofSeconds(10), 3,
                Duration.ofMinutes(2));
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return "seda:" + id + "-sync?size=1&discardWhenFull=true";
    }

    /** The delay before retry number {@code attempt} (1-based), honouring the source's hint. */
    public Duration delay(int attempt, Duration hint) {
        long ms = retryDelay.toMillis() << Math.min(attempt - 1, 20);
        Duration own = Duration.ofMillis(Math.min(ms, maxRetryDelay.toMillis()));
        return hint != null && hint.compareTo(own) > 0 ? hint : own;
    }
}
