package org.civichub.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change the hub recorded to a resident or household, written to the outbox from which the
 * department channels are fed. {@link #id()} is deterministic from the entity and the cause, so
 * re-processing a source record records no second event. {@link #status()} is the status code the
 * resident has after the change when the change names {@code status}, so that a reader tells a death
 * from another change of status as it was then, not as it is when read.
 */
public record ChangeEvent(
        String id,
        String entityType,
        String entityId,
        String kind,
        List<String> changedFields,
        Provenance cause,
        Instant recordedAt,
        String status) {

    /** An event that changed no status, or whose status is not recorded ({@code status} null). */
    public ChangeEvent(String id, String entityType, String entityId, String kind, List<String> changedFields,
                       Provenance cause, Instant recordedAt) {
        this(id, entityType, entityId, kind, changedFields, cause, recordedAt, null);
    }

    public ChangeEvent {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        changedFields = List.copyOf(changedFields);
        if (id == null) {
            id = Hashes.shortId(entityType + "/" + entityId + "<" + cause.recordKey() + "@" + cause.sourceVersion());
        }
    }
}
