package org.civichub.store.elasticsearch.internal;

import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.elasticsearch.internal.document.AuditDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends audit entries, each a document of its own with an id Elasticsearch assigns. Returns only
 * once Elasticsearch has acknowledged the entry (written to its translog).
 */
@Component(service = AuditLog.class)
public final class AuditWriter implements AuditLog {

    private final Connection connection;

    @Activate
    public AuditWriter(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public void record(AuditEntry entry) {
        connection.call("record an audit entry", client -> client.index(i -> i
                .index(connection.alias(IndexKind.AUDIT))
                .document(AuditDocument.of(entry))
                .refresh(connection.refresh())
                .requireAlias(true)));
    }
}
