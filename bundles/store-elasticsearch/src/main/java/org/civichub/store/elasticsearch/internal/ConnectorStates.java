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
import org.civichub.store.Link;
import org.civichub.store.RecordCounts;
import org.civichub.store.elasticsearch.internal.document.ConnectorStateDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Connector state, one document per connector instance, and record counts computed from the stored
 * raw documents (versions) and links (where each record stands), so they are exact after crashes and re-reads. Counts see writes
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
    public List<RecordCounts> counts(String connectorId) {
        Query ofConnector = QueryBuilders.term(t -> t.field("connectorId").value(connectorId));
        Map<String, Long> versions = countBy(IndexKind.RAW, ofConnector, false);
        Map<String, Long> states = countBy(IndexKind.LINKS, ofConnector, true);
        TreeMap<String, RecordCounts> counts = new TreeMap<>();
        versions.keySet().forEach(type -> counts.put(type, counts(type, versions, states)));
        states.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                .forEach(type -> counts.computeIfAbsent(type, t -> counts(t, versions, states)));
        return List.copyOf(counts.values());
    }

    private static RecordCounts counts(String type, Map<String, Long> versions, Map<String, Long> states) {
        return new RecordCounts(type, versions.getOrDefault(type, 0L),
                states.getOrDefault(type + "|" + Link.State.LINKED.code(), 0L),
                states.getOrDefault(type + "|" + Link.State.UNLINKED.code(), 0L),
                states.getOrDefault(type + "|" + Link.State.QUARANTINED.code(), 0L),
                states.getOrDefault(type + "|" + Link.State.REVIEW.code(), 0L));
    }

    /** Document counts by record type, or by record type and state, keyed {@code type} or {@code type|state}. */
    private Map<String, Long> countBy(IndexKind kind, Query filter, boolean byState) {
        SearchResponse<Void> response = connection.call("count " + kind.suffix() + " records", client -> client.search(s -> s
                .index(connection.alias(kind))
                .size(0)
                .query(filter)
                .aggregations("byType", a -> {
                    var terms = a.terms(t -> t.field("recordType").size(MAX_RECORD_TYPES));
                    return byState ? terms.aggregations("byState", b -> b.terms(t -> t.field("state").size(10))) : terms;
                }), Void.class));
        Map<String, Long> out = new TreeMap<>();
        for (StringTermsBucket type : response.aggregations().get("byType").sterms().buckets().array()) {
            if (!byState) {
                out.put(type.key().stringValue(), type.docCount());
                continue;
            }
            for (StringTermsBucket state : type.aggregations().get("byState").sterms().buckets().array()) {
                out.put(type.key().stringValue() + "|" + state.key().stringValue(), state.docCount());
            }
        }
        return out;
    }
}
