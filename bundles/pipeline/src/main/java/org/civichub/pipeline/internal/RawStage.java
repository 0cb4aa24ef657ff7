package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.RawEntry;
import org.civichub.store.WriteFailure;

/**
 * The raw stage: every record of the batch is kept as received, with its outcome on arrival
 * (accepted with a subject that has a valid ID, accepted without one, or quarantined) and the
 * connector it came through, before anything is derived from it. Which resident a record joined is
 * decided later and kept in its {@link org.civichub.store.Link}. A record the store rejects is held back (rule {@code store.rejected}), so no
 * resident is built from a record that is not kept; if the store cannot take the batch at all, the
 * batch fails.
 */
final class RawStage {

    private final BatchWriter writer;

    RawStage(BatchWriter writer) {
        this.writer = writer;
    }

    NormalizedBatch store(NormalizedBatch nb) {
        List<RawEntry> raw = nb.records().stream().map(n -> entry(n, nb.connectorId())).toList();
        List<WriteFailure> failures = writer.write(new Batch(raw, List.of(), List.of(), List.of(), List.of()));
        BatchStore.requireNone(failures.stream().filter(WriteFailure::retryable).toList());
        if (failures.isEmpty()) {
            return nb;
        }
        Map<String, WriteFailure> byId = failures.stream().collect(Collectors.toMap(WriteFailure::id,
                Function.identity(), (a, b) -> a));
        List<Normalized> out = new ArrayList<>(nb.records().size());
        for (Normalized n : nb.records()) {
            WriteFailure f = byId.get(n.record().id());
            out.add(f == null ? n : Normalized.held(n.record(), List.of(new Violation("*", "store.rejected", "",
                    "the store rejected the record as received: " + f.reason()))));
        }
        return new NormalizedBatch(nb.connectorId(), out, nb.watermarkAfter());
    }

    private RawEntry entry(Normalized n, String connectorId) {
        if (!n.isValid()) {
            return new RawEntry(n.record(), RawEntry.Outcome.QUARANTINED, null, connectorId);
        }
        return n.isLinked()
                ? new RawEntry(n.record(), RawEntry.Outcome.INDEXED, null, connectorId)
                : new RawEntry(n.record(), RawEntry.Outcome.UNLINKED, null, connectorId);
    }
}
