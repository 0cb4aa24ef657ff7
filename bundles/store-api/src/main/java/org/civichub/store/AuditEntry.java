package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One read of personal data, or one attempt at it: who, from which client address, what they asked
 * (with ID numbers masked), what came of it, which residents (or quarantine entries) they were
 * shown, whether full ID numbers were shown, and the keyed hashes of the ID numbers they searched
 * for, so that "who searched for this number" can be answered without the log holding the number.
 *
 * @param outcome {@link #SHOWN}, {@link #DENIED} (401 or 403) or {@link #NOT_FOUND} (404, which is
 *                also what a resident outside the caller's scope answers)
 */
public record AuditEntry(
        Instant at,
        String user,
        String client,
        String action,
        String outcome,
        String query,
        List<String> residentIds,
        boolean fullIdNumbers,
        List<String> idNumberHashes) {

    public static final String SHOWN = "shown";
    public static final String DENIED = "denied";
    public static final String NOT_FOUND = "not-found";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        residentIds = List.copyOf(residentIds);
        idNumberHashes = idNumberHashes == null ? List.of() : List.copyOf(idNumberHashes);
    }

    /** A read that showed what it found, from no particular client, with no ID number searched. */
    public AuditEntry(Instant at, String user, String action, String query, List<String> residentIds,
                      boolean fullIdNumbers) {
        this(at, user, null, action, SHOWN, query, residentIds, fullIdNumbers, List.of());
    }
}
