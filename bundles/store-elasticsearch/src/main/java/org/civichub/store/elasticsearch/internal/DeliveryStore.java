package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.List;
import java.util.Optional;
import org.civichub.store.Deliveries;
import org.civichub.store.StoreUnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The receipts of deliveries, one document per department and event, written a page at a time. A
 * receipt is durable when written (the translog) and read back by id at once; searches (a channel's position when it starts,
 * the counts) see it after the next refresh, within a second (at once where the store's {@code refresh}
 * setting waits for it, as in tests).
 */
@Component(service = Deliveries.class)
public final class DeliveryStore implements Deliveries {

    private final Connection connection;

    @Activate
    public DeliveryStore(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public void record(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        List<BulkOperation> ops = receipts.stream().map(r -> BulkOperation.of(o -> o.index(i -> i
                .index(connection.alias(IndexKind.DELIVERIES)).id(id(r.department(), r.eventId())).document(r))))
                .toList();
        BulkResponse response = connection.call("record deliveries", client -> client.bulk(b -> b
                .operations(ops).refresh(connection.refresh()).requireAlias(true)));
        if (response.errors()) {
            String first = response.items().stream().filter(i -> i.error() != null)
                    .map(i -> i.id() + ": " + i.error().type() + " " + i.error().reason()).findFirst().orElse("?");
            throw new StoreUnavailableException("deliveries were not all recorded (first failure " + first + ")", null);
        }
    }

    @Override
    public Optional<Receipt> receipt(String department, String eventId) {
        var response = connection.call("read a delivery", client -> client.get(g -> g
                .index(connection.alias(IndexKind.DELIVERIES)).id(id(department, eventId)), Receipt.class));
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    @Override
    public long lastSequence(String department) {
        var response = connection.call("read a channel's position", client -> client.search(s -> s
                .index(connection.alias(IndexKind.DELIVERIES))
                .size(0)
                .query(QueryBuilders.term(t -> t.field("department").value(department)))
                .aggregations("last", a -> a.max(m -> m.field("sequence"))), Void.class));
        double max = response.aggregations().get("last").max().value();
        return Double.isFinite(max) ? (long) max : 0;
    }

    @Override
    public long count(String department) {
        return connection.call("count deliveries", client -> client.count(c -> c
                .index(connection.alias(IndexKind.DELIVERIES))
                .query(QueryBuilders.term(t -> t.field("department").value(department))))).count();
    }

    private static String id(String department, String eventId) {
        return department + ":" + eventId;
    }
}
