package org.civichub.pipeline.internal;

import java.util.List;
import java.util.Set;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.WriteFailure;

/**
 * A writer through which the hub crashes in the first write that carries residents: of that write
 * only the documents of the {@code durable} kinds reach the store, then the hub is gone. Writes
 * before it go to the store.
 */
final class CrashingWriter implements BatchWriter {

    /** What the hub throws when it crashes. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("the hub crashed");
        }
    }

    private final BatchWriter store;
    private final Set<String> durable;
    private boolean crashed;

    /** @param durable the kinds ({@code resident}, {@code household}, {@code change}, {@code quarantine}, {@code link}, {@code key}) written before the crash */
    CrashingWriter(BatchWriter store, Set<String> durable) {
        this.store = store;
        this.durable = Set.copyOf(durable);
    }

    @Override
    public List<WriteFailure> write(Batch batch) {
        if (batch.residents().isEmpty()) {
            return store.write(batch);
        }
        if (crashed) {
            throw new IllegalStateException("a crashed hub writes nothing");
        }
        crashed = true;
        Batch part = new Batch(batch.raw(), durable.contains("quarantine") ? batch.quarantine() : List.of(),
                durable.contains("resident") ? batch.residents() : List.of(),
                durable.contains("household") ? batch.households() : List.of(),
                durable.contains("change") ? batch.changes() : List.of(),
                durable.contains("link") ? batch.links() : List.of(),
                durable.contains("key") ? batch.keys() : List.of());
        store.write(part);
        throw new Crash();
    }

    boolean crashed() {
        return crashed;
    }
}
