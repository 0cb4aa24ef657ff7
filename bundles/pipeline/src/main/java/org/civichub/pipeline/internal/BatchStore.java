package org.civichub.pipeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.cluster.LeaseLostException;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.Link;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.WriteFailure;

/**
 * The write-and-acknowledge stage, after the raw stage. Writes the derived documents in dependency
 * order, with the residents as the commit marker:
 * <ol>
 *   <li>quarantine entries, households, change events and resolution keys. A key may so point at
 *       a resident not yet stored; resolving the page again finds it and founds that resident
 *       under the same id. If any of them is not stored, for
 *       whatever reason, the batch fails before a resident is written: the stored residents are
 *       still those the batch was merged from, so reading the page again derives the same
 *       households and the same events (see {@link Merger}) and writes them again under the same
 *       ids;</li>
 *   <li>only then the residents. A resident the store rejects sends the records it came from to
 *       quarantine; one it could not store for now fails the batch, and the re-read finds that
 *       resident unchanged and derives its events again;</li>
 *   <li>then where each record stands ({@link Link}), the rejected ones as quarantined;</li>
 *   <li>only when all of it is durable does the connector's watermark advance.</li>
 * </ol>
 * Each write is fenced ({@link Fence}): before it, the store confirms that this node still holds
 * the intake lock it took for the batch, and before the watermark moves, the connector's lease. A
 * node that stalled past them (a long pause, a frozen machine) fails the batch at its next write
 * instead of overwriting what the node that took over wrote meanwhile; that node reads the page
 * again and writes the same documents under the same ids.
 * So every change of a stored resident has its change event and its households durable: a change
 * event is written at least once, always under the same id, which makes it exactly one document in
 * the outbox. An attempt that failed may leave an event (and a household) for a change that the
 * re-read then commits, or, if the department has a newer version by then, supersedes.
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

    /**
     * The checks, in the store, that this node may still write what a batch writes.
     * {@link LeaseLostException} when it may not.
     */
    interface Fence {

        /** Before each write: this node still holds the lock the batch was resolved under. */
        void write();

        /** Before the watermark moves: this node still holds the connector's lease. */
        void watermark();

        /** For a batch inside work that checks for itself (a merge, which moves no watermark). */
        Fence NONE = new Fence() {
            @Override
            public void write() {
            }

            @Override
            public void watermark() {
            }
        };
    }

    IntakeResult store(MergedBatch mb, Fence fence) {
        Batch b = mb.batch();
        fence.write();
        requireNone(write(new Batch(List.of(), b.quarantine(), List.of(), b.households(), b.changes(), List.of(), b.keys())));
        fence.write();
        List<WriteFailure> failures = write(new Batch(List.of(), List.of(), b.residents(), List.of(), List.of()));
        requireNone(failures.stream().filter(WriteFailure::retryable).toList());
        Map<String, QuarantineEntry> rejected = rejectedRecords(mb, failures);
        Map<String, Link> links = new LinkedHashMap<>(mb.linksByRecord());
        rejected.keySet().forEach(recordId -> links.computeIfPresent(recordId,
                (k, l) -> l.as(Link.State.QUARANTINED, null)));
        fence.write();
        requireNone(write(new Batch(List.of(), List.copyOf(rejected.values()), List.of(), List.of(), List.of(),
                List.copyOf(links.values()))));
        if (mb.watermarkAfter() != null) {
            fence.watermark();
            ConnectorState s = states.get(mb.connectorId()).orElse(ConnectorState.initial(mb.connectorId()));
            states.put(new ConnectorState(s.connectorId(), mb.watermarkAfter(), s.lastSync(), s.lastError(),
                    s.lastErrorAt()));
        }
        int quarantined = (int) links.values().stream().filter(l -> l.state() == Link.State.QUARANTINED).count();
        int unlinked = (int) links.values().stream()
                .filter(l -> l.state() == Link.State.UNLINKED || l.state() == Link.State.REVIEW).count();
        return new IntakeResult(mb.records() - quarantined - unlinked, unlinked, quarantined);
    }

    private List<WriteFailure> write(Batch batch) {
        return batch.size() == 0 ? List.of() : writer.write(batch);
    }

    /**
     * The records behind each rejected resident. Their raw documents already say
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
