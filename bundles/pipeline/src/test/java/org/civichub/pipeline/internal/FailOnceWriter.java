package org.civichub.pipeline.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.WriteFailure;

/**
 * A writer that does not write the change events and households it is told to fail, the first time
 * it sees each of them, and answers a {@link WriteFailure} for them as the store does: retryable for
 * an event (the store is overloaded), not retryable for a household (the store rejects the
 * document). Everything else, and every later write of the same document, goes to the store.
 */
final class FailOnceWriter implements BatchWriter {

    private final BatchWriter store;
    private final BiPredicate<String, String> fail;
    private final Set<String> failed = new HashSet<>();

    /** @param fail which documents to fail once, by kind ({@code change}, {@code household}) and id */
    FailOnceWriter(BatchWriter store, BiPredicate<String, String> fail) {
        this.store = store;
        this.fail = fail;
    }

    /** Fails every change event and every household once. */
    static FailOnceWriter eventsAndHouseholds(BatchWriter store) {
        return new FailOnceWriter(store, (kind, id) -> true);
    }

    @Override
    public List<WriteFailure> write(Batch batch) {
        List<WriteFailure> failures = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        for (Household h : batch.households()) {
            if (failNow("household", h.id())) {
                failures.add(new WriteFailure("household", h.id(), 400, "document_parsing_exception", false));
            } else {
                households.add(h);
            }
        }
        List<ChangeEvent> changes = new ArrayList<>();
        for (ChangeEvent c : batch.changes()) {
            if (failNow("change", c.id())) {
                failures.add(new WriteFailure("change", c.id(), 429, "es_rejected_execution_exception", true));
            } else {
                changes.add(c);
            }
        }
        failures.addAll(store.write(new Batch(batch.raw(), batch.quarantine(), batch.residents(), households, changes,
                batch.links(), batch.keys())));
        return failures;
    }

    /** How many documents were failed so far. */
    int failed() {
        return failed.size();
    }

    private boolean failNow(String kind, String id) {
        return fail.test(kind, id) && failed.add(kind + "/" + id);
    }
}
