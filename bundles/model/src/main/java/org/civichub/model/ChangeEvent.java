package org.civichub.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change the hub recorded to a resident or household, written to the outbox from which the
 * department channels are fed. {@link #id()} is deterministic from the entity and the cause, so
 * re-processing a source record records no second event.
 */
public record ChangeEvent(
        String id,
        String entityType,
        String entityId,
        String kind,
        List<String> changedFields,
        Provenance cause,
        Instant recordedAt) {

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
