package org.civichub.connector.generic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.civichub.connector.kit.SyncSettings;

/**
 * The settings of one generic connector instance.
 *
 * @param id                     the instance id, unique in the hub; prefix of its route ids and endpoints
 * @param department             the department the records come from, the first part of their record keys
 * @param mapping                the mapping file
 * @param source                 the source and how to read it
 * @param pageSize               records per page sent to the hub
 * @param pollInterval           how often to sync; zero syncs only when asked
 * @param retries                how often one page the source asks to fetch later is retried before the run gives up
 * @param retryDelay             the first retry delay, doubled per retry up to {@code maxRetryDelay}; a longer
 *                               hint of the source wins
 * @param maxRetryDelay          the longest delay the connector waits on its own account
 * @param circuitAfterFailedRuns after this many failed runs in a row polls are skipped for {@code circuitOpen}; 0 never
 * @param circuitOpen            how long polls are skipped
 */
public record GenericSettings(String id, String department, Path mapping, SourceSettings source, int pageSize,
                              Duration pollInterval, int retries, Duration retryDelay, Duration maxRetryDelay,
                              int circuitAfterFailedRuns, Duration circuitOpen) {

    /** The largest page: the hub stores a page in one go. */
    public static final int MAX_PAGE_SIZE = 5000;

    public GenericSettings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(source, "source");
        if (department == null || !department.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("department must be lower-case letters, digits, '_' and '-' (it is "
                    + "the first part of every record key): " + department);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        // checks the id, the retry and circuit settings
        new SyncSettings(id, pollInterval, retries, retryDelay, maxRetryDelay, circuitAfterFailedRuns, circuitOpen);
    }

    /** How the instance syncs. */
    public SyncSettings sync() {
        return new SyncSettings(id, pollInterval, retries, retryDelay, maxRetryDelay, circuitAfterFailedRuns,
                circuitOpen);
    }

    /** The endpoint that starts a sync; at most one run is queued behind a running one. */
    public String syncEndpoint() {
        return sync().syncEndpoint();
    }
}
