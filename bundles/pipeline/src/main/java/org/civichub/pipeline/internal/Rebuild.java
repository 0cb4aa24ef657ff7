package org.civichub.pipeline.internal;

import java.util.HashSet;
import java.util.Set;
import org.civichub.model.Provenance;

/**
 * What a merge or an unmerge asks of the batches it sends through the intake: the residents to
 * build again from their records instead of from what is stored (each once, by the first batch
 * that has a fact of theirs, the later batches adding to it), and the operation that causes their
 * change events. {@link #NONE} for every department's batch.
 */
final class Rebuild {

    static final Rebuild NONE = new Rebuild(Set.of(), null);

    private final Set<String> pending;
    private final Provenance cause;

    Rebuild(Set<String> residents, Provenance cause) {
        this.pending = new HashSet<>(residents);
        this.cause = cause;
    }

    /** Whether this batch starts {@code residentId} afresh; true at most once per resident. */
    boolean startsAfresh(String residentId) {
        return !pending.isEmpty() && pending.remove(residentId);
    }

    /** The operation that causes the change of a resident built again, as its change event names it. */
    Provenance cause() {
        return cause;
    }
}
