package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.util.ArrayList;
import java.util.List;
import org.civichub.store.Batch;
import org.civichub.store.BatchWriter;
import org.civichub.store.WriteFailure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes a batch with {@code _bulk} requests of at most {@code bulkSize} documents, one after the
 * other, and reports each document Elasticsearch did not store. A batch is complete when this
 * returns: each bulk is acknowledged only after Elasticsearch has written it to its translog.
 */
@Component(service = BatchWriter.class)
public final class BulkBatchWriter implements BatchWriter {

    private final Connection connection;

    @Activate
    public BulkBatchWriter(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<WriteFailure> write(Batch batch) {
        List<BulkItem> items = BulkItem.of(batch, connection.names());
        List<WriteFailure> failures = new ArrayList<>();
        int chunk = connection.settings().bulkSize();
        for (int start = 0; start < items.size(); start += chunk) {
            List<BulkItem> part = items.subList(start, Math.min(items.size(), start + chunk));
            BulkResponse response = connection.call("write a batch", client -> client.bulk(b -> b
                    .operations(part.stream().map(BulkItem::operation).toList())
                    .refresh(connection.refresh())
                    .requireAlias(true)));
            if (response.errors()) {
                for (int i = 0; i < part.size(); i++) {
                    BulkFailures.of(part.get(i), response.items().get(i)).ifPresent(failures::add);
                }
            }
        }
        return failures;
    }
}
