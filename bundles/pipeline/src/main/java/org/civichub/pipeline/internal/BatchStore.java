package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.WriteFailure;

/**
 * The write-and-acknowledge stage, after the raw stage. Writes the derived documents; a document the store rejects sends the records
 * it came from to quarantine; anything that could not be stored at all fails the batch. Only when
 * everything is durable does the connector's watermark advance.
 */
final class BatchStore {

    private final BatchWriter writer;
    private final ConnectorStateStore states;
    private final Clock clock;

    BatchStore(BatchWriter writer, ConnectorStateStore states, Clock clock) {
        this.writer = writer;
        this.states = states;
        this.clock = clock;
    }

    IntakeResult store(MergedBatch mb) {
        List<WriteFailure> failures = writer.write(mb.batch());
        requireNone(failures.stream().filter(f -> f.retryable() || "quarantine".equals(f.kind())
                || "change".equals(f.kind())).toList());
        Map<String, QuarantineEntry> rejected = rejectedRecords(mb, failures);
        if (!rejected.isEmpty()) {
            requireNone(writer.write(new Batch(List.of(), List.copyOf(rejected.values()), List.of(), List.of(),
                    List.of())));
        }
        if (mb.watermarkAfter() != null) {
            ConnectorState s = states.get(mb.connectorId()).orElse(ConnectorState.initial(mb.connectorId()));
            states.put(new ConnectorState(s.connectorId(), mb.watermarkAfter(), s.lastSync(), s.lastError(),
                    s.lastErrorAt()));
        }
        int quarantined = mb.batch().quarantine().size() + rejected.size();
        return new IntakeResult(mb.records() - quarantined, quarantined);
    }

    /**
     * The records behind each rejected resident or household. Their raw documents already say
     * INDEXED; the quarantine entry is what tells the truth about them.
     */
    private Map<String, QuarantineEntry> rejectedRecords(MergedBatch mb, List<WriteFailure> failures) {
        Map<String, QuarantineEntry> out = new LinkedHashMap<>();
        for (WriteFailure f : failures) {
            List<SourceRecord> records = mb.recordsByDocument().getOrDefault(f.id(), List.of());
            Violation v = new Violation("*", "store.rejected", "",
                    "the store rejected the " + f.kind() + " document: " + f.reason());
            for (SourceRecord r : records) {
                out.merge(r.id(), new QuarantineEntry(r, List.of(v), clock.instant()), (a, b) -> a);
            }
        }
        return out;
    }

    static void requireNone(List<WriteFailure> failures) {
        if (!failures.isEmpty()) {
            List<String> first = new ArrayList<>();
            failures.stream().limit(3).forEach(f -> first.add(f.kind() + " " + f.id() + ": " + f.status() + " " + f.reason()));
            throw new BatchNotStoredException(failures.size() + " documents could not be stored, e.g. " + first);
        }
    }
}
