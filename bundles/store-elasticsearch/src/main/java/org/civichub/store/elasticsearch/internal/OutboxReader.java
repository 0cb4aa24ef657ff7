package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.civichub.store.Outbox;
import org.civichub.store.elasticsearch.internal.document.ChangeDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the outbox in sequence order. */
@Component(service = Outbox.class)
public final class OutboxReader implements Outbox {

    private final Connection connection;

    @Activate
    public OutboxReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Entry> after(long after, int size) {
        var response = connection.call("read the outbox", client -> client.search(s -> s
                .index(connection.alias(IndexKind.CHANGES))
                .query(QueryBuilders.range(r -> r.number(n -> n.field("sequence").gt((double) after))))
                .size(size)
                .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc))), ChangeDocument.class));
        return response.hits().hits().stream().map(Hit::source)
                .map(d -> new Entry(d.sequence(), d.toEvent())).toList();
    }

    /**
     * Refreshes the outbox first, so that the events of a record just taken in are found: a worker
     * asks for a report's events right after filing it, and at that rate the refresh costs nothing.
     */
    @Override
    public List<Entry> causedBy(String recordKey, int size) {
        connection.call("refresh the outbox", client -> client.indices()
                .refresh(r -> r.index(connection.alias(IndexKind.CHANGES))));
        var response = connection.call("read the outbox", client -> client.search(s -> s
                .index(connection.alias(IndexKind.CHANGES))
                .query(QueryBuilders.term(t -> t.field("cause.recordKey").value(recordKey)))
                .size(size)
                .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc))), ChangeDocument.class));
        return response.hits().hits().stream().map(Hit::source)
                .map(d -> new Entry(d.sequence(), d.toEvent())).toList();
    }

    @Override
    public List<Entry> about(String entityId, int size) {
        var response = connection.call("read the outbox", client -> client.search(s -> s
                .index(connection.alias(IndexKind.CHANGES))
                .query(QueryBuilders.term(t -> t.field("entityId").value(entityId)))
                .size(size)
                .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc))), ChangeDocument.class));
        return response.hits().hits().stream().map(Hit::source)
                .map(d -> new Entry(d.sequence(), d.toEvent())).toList();
    }

    @Override
    public long last() {
        return OutboxSequence.highestStored(connection);
    }

    @Override
    public Map<String, Long> sequences(Collection<String> ids) {
        return Mget.read(connection, IndexKind.CHANGES, ids, ChangeDocument.class, ChangeDocument::sequence);
    }
}
