package org.civichub.store.elasticsearch.internal;

/**
 * Numbers the events written to the outbox: one above the highest number stored when first asked,
 * then one more for every event. The hub writes events from one batch at a time, so the numbers
 * follow the order in which events become visible.
 */
final class OutboxSequence {

    private final Connection connection;
    private long last = -1;

    OutboxSequence(Connection connection) {
        this.connection = connection;
    }

    /** The next number. */
    synchronized long next() {
        if (last < 0) {
            last = highestStored(connection);
        }
        return ++last;
    }

    /**
     * The highest sequence number stored; 0 when the outbox is empty. Refreshes the outbox first: the
     * last events a killed hub wrote may not be searchable yet (while a first sync runs, for up to
     * 30 s), and numbering on below them would give two events one number.
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
}
