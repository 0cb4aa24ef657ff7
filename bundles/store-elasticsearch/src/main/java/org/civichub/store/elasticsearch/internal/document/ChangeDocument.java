package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.List;
import org.civichub.model.ChangeEvent;

/** A change event in the outbox, with its place in the outbox's sequence. */
public record ChangeDocument(
        long sequence,
        String id,
        String entityType,
        String entityId,
        String kind,
        List<String> changedFields,
        ProvenanceDoc cause,
        Instant recordedAt,
        String status) {

    public static ChangeDocument of(ChangeEvent e, long sequence) {
        return new ChangeDocument(sequence, e.id(), e.entityType(), e.entityId(), e.kind(), e.changedFields(),
                ProvenanceDoc.of(e.cause()), e.recordedAt(), e.status());
    }

    public ChangeEvent toEvent() {
        return new ChangeEvent(id, entityType, entityId, kind, changedFields == null ? List.of() : changedFields,
                cause.toProvenance(), recordedAt, status);
    }
}
