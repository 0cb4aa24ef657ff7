package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.List;
import org.civichub.model.ChangeEvent;

/** A change event in the outbox. */
public record ChangeDocument(
        String id,
        String entityType,
        String entityId,
        String kind,
        List<String> changedFields,
        ProvenanceDoc cause,
        Instant recordedAt) {

    public static ChangeDocument of(ChangeEvent e) {
        return new ChangeDocument(e.id(), e.entityType(), e.entityId(), e.kind(), e.changedFields(),
                ProvenanceDoc.of(e.cause()), e.recordedAt());
    }

    public ChangeEvent toEvent() {
        return new ChangeEvent(id, entityType, entityId, kind, changedFields == null ? List.of() : changedFields,
                cause.toProvenance(), recordedAt);
    }
}
