package org.civichub.pipeline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.pipeline.SyncProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The syncs running now and how far each has got, in memory: the intake writes it, the connector
 * registry reads it. A run begins with its start signal (or, for a connector that sends none, its
 * first stored page) and ends with its outcome. After a restart of the hub a run in progress shows
 * again from its next start.
 */
@Component(service = SyncProgressBoard.class)
public final class SyncProgressBoard {

    private record Run(Instant since, long records, int pages) {
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    @Activate
    public SyncProgressBoard() {
        this(Clock.systemUTC());
    }

    SyncProgressBoard(Clock clock) {
        this.clock = clock;
    }

    void started(String connectorId, Instant at) {
        runs.put(connectorId, new Run(at, 0, 0));
    }

    void pageStored(String connectorId, int records) {
        runs.compute(connectorId, (id, r) -> r == null ? new Run(clock.instant(), records, 1)
                : new Run(r.since, r.records + records, r.pages + 1));
    }

    void finished(String connectorId) {
        runs.remove(connectorId);
    }

    /** The progress of the connector's running sync, empty when none is running. */
    Optional<SyncProgress> progress(String connectorId) {
        Run r = runs.get(connectorId);
        if (r == null) {
            return Optional.empty();
        }
        double seconds = Math.max(Duration.between(r.since, clock.instant()).toMillis(), 1) / 1000.0;
        double rate = Math.round(r.records / seconds * 10) / 10.0;
        return Optional.of(new SyncProgress(r.since, r.records, r.pages, rate));
    }
}
