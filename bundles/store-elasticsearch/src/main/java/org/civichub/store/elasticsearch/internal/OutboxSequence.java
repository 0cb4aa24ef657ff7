package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.GetResponse;
import org.civichub.store.elasticsearch.internal.document.CounterDocument;

/**
 * Numbers the events written to the outbox, for every hub node on the store: a batch reserves a
 * block of numbers from a counter document ({@value #COUNTER} beside the leases), raised by
 * compare-and-set, so no number is given twice whichever node writes and however often a node was
 * killed. The first reservation on a store without the counter starts above the highest number
 * stored. Batches are written one at a time of all nodes (the intake lock), so the numbers follow
 * the order in which events become visible. A batch that fails leaves a gap, which readers skip.
 */
final class OutboxSequence {

    static final String COUNTER = "outbox-sequence";

    private final Connection connection;

    OutboxSequence(Connection connection) {
        this.connection = connection;
    }

    /** Reserves {@code n} numbers and answers the first of them. */
    long reserve(int n) {
        while (true) {
            GetResponse<CounterDocument> stored = connection.call("read the outbox's sequence", client -> client.get(g -> g
                    .index(connection.alias(IndexKind.LEASES)).id(COUNTER), CounterDocument.class));
            long last = stored.found() ? stored.source().last() : highestStored(connection);
            if (write(last + n, stored.found() ? stored : null)) {
                return last + 1;
            }
        }
    }

    /**
     * The highest sequence number stored; 0 when the outbox is empty. Refreshes the outbox first: the
     * last events may not be searchable yet (while a first sync runs, for up to 30 s).
     */
    static long highestStored(Connection connection) {
        connection.call("refresh the outbox", client -> client.indices()
                .refresh(r -> r.index(connection.alias(IndexKind.CHANGES))));
        var response = connection.call("read the outbox's last sequence", client -> client.search(s -> s
                .index(connection.alias(IndexKind.CHANGES))
                .size(0)
                .aggregations("last", a -> a.max(m -> m.field("sequence"))), Void.class));
        double max = response.aggregations().get("last").max().value();
        return Double.isFinite(max) ? (long) max : 0;
    }

    /** Writes the counter if it is still as read ({@code null}: if there is none); answers whether it was. */
    private boolean write(long last, GetResponse<CounterDocument> as) {
        return ConditionalWrite.write(connection, "reserve outbox sequence numbers", IndexKind.LEASES, COUNTER,
                new CounterDocument(last), as);
    }
}
