package org.civichub.connector.labour;

import java.time.Duration;
import java.util.Objects;
import org.civichub.connector.kit.SyncSettings;
import org.civichub.connector.labour.internal.ExchangeTable;

/**
 * The settings of one labour connector instance. The database itself is not among them: it is the
 * {@code javax.sql.DataSource} service that the component's {@code dataSource.target} filter selects.
 *
 * @param id           the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param tablePrefix  put before both table names, e.g. {@code EXCH.} for a schema; may be empty
 * @param jyDjTable    the employment registration table (就业登记)
 * @param sbCbTable    the social insurance table (社保参保)
 * @param pageSize     rows per page, 1 to 5000
 * @param pollInterval how often to sync; zero syncs only when asked
 * @param queryTimeout how long one query may take
 * @param circuitAfter after this many failed runs in a row polls pause for {@code circuitOpen}; 0 never
 * @param circuitOpen  how long polls pause
 */
public record LabourSettings(
        String id,
        String tablePrefix,
        String jyDjTable,
        String sbCbTable,
        int pageSize,
        Duration pollInterval,
        Duration queryTimeout,
        int circuitAfter,
        Duration circuitOpen) {

    public static final int MAX_PAGE_SIZE = 5000;

    public LabourSettings {
        Objects.requireNonNull(id, "id");
        tablePrefix = tablePrefix == null ? "" : tablePrefix.strip();
        Objects.requireNonNull(jyDjTable, "jyDjTable");
        Objects.requireNonNull(sbCbTable, "sbCbTable");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive: " + queryTimeout);
        }
        ExchangeTable.configured(tablePrefix, jyDjTable, sbCbTable);
        sync(id, pollInterval, circuitAfter, circuitOpen);
    }

    /** How the instance syncs: a failed read ends the run at once (no retries); the circuit as configured. */
    public SyncSettings sync() {
        return sync(id, pollInterval, circuitAfter, circuitOpen);
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return sync().syncEndpoint();
    }

    private static SyncSettings sync(String id, Duration pollInterval, int circuitAfter, Duration circuitOpen) {
        return new SyncSettings(id, pollInterval, 0, Duration.ZERO, Duration.ZERO, circuitAfter, circuitOpen);
    }
}
