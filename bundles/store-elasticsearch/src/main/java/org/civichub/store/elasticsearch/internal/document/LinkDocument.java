package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.civichub.store.Link;

/** A {@link Link} as stored, one per record key; the state is its lower-case code. */
public record LinkDocument(String recordKey, String position, String connectorId, String department, String recordType,
                           String sourceVersion, Instant updatedAt, String state, String residentId,
                           List<String> findings, List<Link.Candidate> candidates, Link.Decision decision) {

    public static LinkDocument of(Link l) {
        return new LinkDocument(l.recordKey(), l.position(), l.connectorId(), l.department(), l.recordType(), l.sourceVersion(),
                l.updatedAt(), l.state().code(), l.residentId(), l.findings().isEmpty() ? null : l.findings(),
                l.candidates().isEmpty() ? null : l.candidates(), l.decision());
    }

    public Link toLink() {
        return new Link(recordKey, position, connectorId, department, recordType, sourceVersion, updatedAt,
                Link.State.valueOf(state.toUpperCase(Locale.ROOT)), residentId, findings, candidates, decision);
    }
}
