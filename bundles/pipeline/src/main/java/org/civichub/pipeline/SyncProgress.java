package org.civichub.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a running sync has got: counted by the hub's intake as pages are stored, so records a
 * connector has fetched but the intake not yet stored are not included.
 *
 * @param since            when the sync started (when its first page arrived, for a connector that
 *                         does not announce its start)
 * @param records          records stored so far, indexed or quarantined
 * @param pages            pages stored so far
 * @param recordsPerSecond records over the time since the start
 */
public record SyncProgress(Instant since, long records, int pages, double recordsPerSecond) {

    public SyncProgress {
        Objects.requireNonNull(since, "since");
    }
}
