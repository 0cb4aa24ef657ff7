package org.civichub.connector.police;

import java.time.Duration;
import java.util.Objects;
import org.civichub.connector.kit.SyncSettings;

/**
 * The settings of one police connector instance.
 *
 * @param id           the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param endpoint     the URL of the police department's SOAP service
 * @param pageSize     records per page, at most 500
 * @param pollInterval how often to sync; zero syncs only when asked
 * @param busyRetries  how often to retry a {@code SERVICE_BUSY} answer before the run gives up
 * @param busyDelay    the first retry delay, doubled on every retry up to {@code busyMaxDelay}
 * @param timeout      connect and receive timeout of one call
 */
public record PoliceSettings(
        String id,
        String endpoint,
        int pageSize,
        Duration pollInterval,
        int busyRetries,
        Duration busyDelay,
        Duration busyMaxDelay,
        Duration timeout) {

    public PoliceSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and dashes: " + id);
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500: " + pageSize);
        }
        if (busyRetries < 0) {
            throw new IllegalArgumentException("busyRetries must not be negative: " + busyRetries);
        }
    }

    /** How the instance syncs: {@code SERVICE_BUSY} is retried as configured; three failed runs open the circuit. */
    public SyncSettings sync() {
        return new SyncSettings(id, pollInterval, busyRetries, busyDelay, busyMaxDelay, 3, Duration.ofMinutes(2));
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return sync().syncEndpoint();
    }
}
