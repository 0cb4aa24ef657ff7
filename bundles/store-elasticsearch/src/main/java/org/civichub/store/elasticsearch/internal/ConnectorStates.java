package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civichub.store.ConnectorState;
import org.civichub.store.ConnectorStateStore;
import org.civichub.store.RawEntry;
import org.civichub.store.RecordCounts;
import org.civichub.store.elasticsearch.internal.document.ConnectorStateDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Connector state, one document per connector instance, and record counts computed from the stored
 * raw and quarantine documents, so they are exact after crashes and re-reads. Counts see writes
 * after the next refresh.
 */
@Component(service = ConnectorStateStore.class)
public final class ConnectorStates implements ConnectorStateStore {

    /** More record types than any department has. */
    private static final int MAX_RECORD_TYPES = 1000;

    private final Connection connection;

    @Activate
    public ConnectorStates(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<ConnectorState> get(String connectorId) {
        GetResponse<ConnectorStateDocument> response = connection.call("read connector state", client -> client.get(
                g -> g.index(connection.alias(IndexKind.CONNECTORS)).id(connectorId), ConnectorStateDocument.class));
        return response.found() ? Optional.of(response.source().toState()) : Optional.empty();
    }

    @Override
    public void put(ConnectorState state) {
        connection.call("store connector state", client -> client.index(i -> i
                .index(connection.alias(IndexKind.CONNECTORS))
                .id(state.connectorId())
                .document(ConnectorStateDocument.of(state))
                .refresh(connection.refresh())
                .requireAlias(true)));
    }

    @Override
    public List<RecordCounts> counts(String department) {
        Query ofDepartment = QueryBuilders.term(t -> t.field("department").value(department));
        Query indexed = QueryBuilders.term(t -> t.field("outcome").value(RawEntry.Outcome.INDEXED.name()));
        Map<String, Long> indexedCounts = countByRecordType(IndexKind.RAW, List.of(ofDepartment, indexed));
        Map<String, Long> quarantinedCounts = countByRecordType(IndexKind.QUARANTINE, List.of(ofDepartment));
        TreeMap<String, RecordCounts> counts = new TreeMap<>();
        indexedCounts.forEach((type, n) -> counts.put(type, new RecordCounts(type, n, 0)));
        quarantinedCounts.forEach((type, n) -> counts.merge(type, new RecordCounts(type, 0, n),
                (a, b) -> new RecordCounts(type, a.indexed(), b.quarantined())));
        return List.copyOf(counts.values());
    }

    private Map<String, Long> countByRecordType(IndexKind kind, List<Query> filters) {
        SearchResponse<Void> response = connection.call("count " + kind.suffix() + " records", client -> client.search(s -> s
                .index(connection.alias(kind))
                .size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("byType", a -> a.terms(t -> t.field("recordType").size(MAX_RECORD_TYPES))), Void.class));
        Map<String, Long> out = new TreeMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("byType").sterms().buckets().array()) {
            out.put(bucket.key().stringValue(), bucket.docCount());
        }
        return out;
    }
}
