package org.civichub.store.elasticsearch.internal.document;

import java.time.Instant;
import java.util.List;
import org.civichub.store.AuditEntry;

/** The stored form of an {@link AuditEntry}. */
public record AuditDocument(
        Instant at, String user, String action, String query, List<String> residentIds, boolean fullIdNumbers) {

    public static AuditDocument of(AuditEntry e) {
        return new AuditDocument(e.at(), e.user(), e.action(), e.query(), e.residentIds(), e.fullIdNumbers());
    }
}
