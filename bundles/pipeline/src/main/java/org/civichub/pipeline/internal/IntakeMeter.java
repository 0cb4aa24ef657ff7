package org.civichub.pipeline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.api.SyncOutcome;
import org.civichub.connector.api.SyncStarted;
import org.civichub.metrics.Labels;
import org.civichub.metrics.Metrics;
import org.civichub.model.SourceRecord;

/**
 * What the intake sees, counted per connector in the hub's metrics and shown as the progress of
 * running syncs: records pulled (handed to the intake, including those of batches that failed and
 * will be read again), indexed and quarantined; batch latency and failures; sync failures; and the
 * lag, now minus the update time of the record at the stored watermark (unknown until a page with
 * a watermark was stored since the hub started).
 */
final class IntakeMeter {

    /** A batch on its way through the intake. */
    record Received(IntakeBatch batch, long startNanos) {
    }

    private final Metrics metrics;
    private final SyncProgressBoard progress;
    private final Clock clock;
    private final Map<String, Instant> watermarkTimes = new ConcurrentHashMap<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    IntakeMeter(Metrics metrics, SyncProgressBoard progress, Clock clock) {
        this.metrics = metrics;
        this.progress = progress;
        this.clock = clock;
    }

    Received received(IntakeBatch b) {
        String id = b.connectorId();
        gauges(id);
        Map<String, Long> byType = new TreeMap<>();
        b.records().forEach(r -> byType.merge(r.key().recordType(), 1L, Long::sum));
        byType.forEach((type, n) -> metrics.counter("civichub_connector_records_pulled_total",
                "Records a connector handed to the intake", Labels.of("connector", id, "record_type", type)).add(n));
        return new Received(b, System.nanoTime());
    }

    void stored(Received r, IntakeResult result) {
        String id = r.batch().connectorId();
        Labels labels = Labels.of("connector", id);
        latency(r, labels);
        metrics.counter("civichub_connector_records_indexed_total", "Records the intake indexed", labels)
                .add(result.indexed());
        metrics.counter("civichub_connector_records_quarantined_total", "Records the intake quarantined", labels)
                .add(result.quarantined());
        metrics.counter("civichub_connector_records_unlinked_total",
                "Records the intake kept without a resident (no valid ID number yet)", labels).add(result.unlinked());
        progress.pageStored(id, result.indexed() + result.unlinked() + result.quarantined());
        if (r.batch().watermarkAfter() != null) {
            Instant t = watermarkTime(r.batch());
            if (t == null) {
                watermarkTimes.remove(id);
            } else {
                watermarkTimes.put(id, t);
            }
        }
    }

    void failed(Received r) {
        Labels labels = Labels.of("connector", r.batch().connectorId());
        latency(r, labels);
        metrics.counter("civichub_intake_batch_failures_total", "Batches the intake could not store", labels)
                .increment();
    }

    void syncStarted(SyncStarted s) {
        gauges(s.connectorId());
        progress.started(s.connectorId(), s.startedAt());
    }

    void syncFinished(SyncOutcome o) {
        progress.finished(o.connectorId());
        Labels labels = Labels.of("connector", o.connectorId());
        metrics.counter("civichub_connector_syncs_total", "Sync runs that ended, successful or not", labels)
                .increment();
        if (!o.succeeded()) {
            metrics.counter("civichub_connector_sync_failures_total", "Sync runs that stopped on an error", labels)
                    .increment();
        }
    }

    private void latency(Received r, Labels labels) {
        metrics.timer("civichub_intake_batch_seconds", "Intake batches and how long storing each took", labels)
                .record(System.nanoTime() - r.startNanos());
    }

    private void gauges(String id) {
        if (!known.add(id)) {
            return;
        }
        Labels labels = Labels.of("connector", id);
        metrics.gauge("civichub_connector_lag_seconds",
                "Now minus the update time of the record at the connector's watermark", labels, () -> {
                    Instant t = watermarkTimes.get(id);
                    return t == null ? Double.NaN : Duration.between(t, clock.instant()).toMillis() / 1000.0;
                });
        metrics.gauge("civichub_connector_sync_running", "1 while a sync of the connector runs, else 0", labels,
                () -> progress.progress(id).isPresent() ? 1 : 0);
        metrics.gauge("civichub_connector_sync_records", "Records stored so far by the running sync (0 when idle)",
                labels, () -> progress.progress(id).map(p -> (double) p.records()).orElse(0.0));
    }

    /** The update time of the record the watermark names, or the watermark itself if it is an ISO-8601 instant. */
    static Instant watermarkTime(IntakeBatch b) {
        for (int i = b.records().size() - 1; i >= 0; i--) {
            SourceRecord r = b.records().get(i);
            if (b.watermarkAfter().equals(r.sourceVersion()) && r.updatedAt() != null) {
                return r.updatedAt();
            }
        }
        try {
            return Instant.parse(b.watermarkAfter());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
