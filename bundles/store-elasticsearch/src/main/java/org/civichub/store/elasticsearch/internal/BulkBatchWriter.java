package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.util.ArrayList;
import java.util.List;
import org.civichub.metrics.Counter;
import org.civichub.metrics.Labels;
import org.civichub.metrics.Metrics;
import org.civichub.metrics.Timer;
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
 * Each request's latency and each document not stored are counted in the hub's metrics. Every
 * change event written gets the outbox's next sequence number ({@link OutboxSequence}).
 */
@Component(service = BatchWriter.class)
public final class BulkBatchWriter implements BatchWriter {

    private final Connection connection;
    private final Timer latency;
    private final Counter itemFailures;
    private final OutboxSequence sequence;

    @Activate
    public BulkBatchWriter(@Reference Connection connection, @Reference Metrics metrics) {
        this.connection = connection;
        this.sequence = new OutboxSequence(connection);
        this.latency = metrics.timer("civichub_es_bulk_seconds",
                "Elasticsearch _bulk requests and how long they took (including failed ones)", Labels.NONE);
        this.itemFailures = metrics.counter("civichub_es_bulk_item_failures_total",
                "Documents Elasticsearch did not store in a _bulk request", Labels.NONE);
    }

    @Override
    public List<WriteFailure> write(Batch batch) {
        long[] next = {batch.changes().isEmpty() ? 0 : sequence.reserve(batch.changes().size())};
        List<BulkItem> items = BulkItem.of(batch, connection.names(), () -> next[0]++);
        List<WriteFailure> failures = new ArrayList<>();
        int chunk = connection.settings().bulkSize();
        for (int start = 0; start < items.size(); start += chunk) {
            List<BulkItem> part = items.subList(start, Math.min(items.size(), start + chunk));
            BulkResponse response = latency.time(() -> connection.call("write a batch", client -> client.bulk(b -> b
                    .operations(part.stream().map(BulkItem::operation).toList())
                    .refresh(connection.refresh())
                    .requireAlias(true))));
            if (response.errors()) {
                int before = failures.size();
                for (int i = 0; i < part.size(); i++) {
                    BulkFailures.of(part.get(i), response.items().get(i)).ifPresent(failures::add);
                }
                itemFailures.add(failures.size() - before);
            }
        }
        return failures;
    }
}
