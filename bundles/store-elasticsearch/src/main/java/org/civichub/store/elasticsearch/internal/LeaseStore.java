package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.civichub.store.elasticsearch.internal.document.LeaseDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leases as documents, one per lease (id = its name), each change a compare-and-set
 * ({@link ConditionalWrite}): a lease never written is created only if its id is free; one that
 * exists is overwritten only if it is unchanged since it was read. Of two nodes asking at once,
 * exactly one gets the lease. A lease given back keeps its document, so its fencing number only
 * ever grows. Times are the asking node's clock.
 */
@Component(service = Leases.class)
public final class LeaseStore implements Leases {

    private static final int MAX_NAMED = 1_000;

    private final Connection connection;
    private final Clock clock;

    @Activate
    public LeaseStore(@Reference Connection connection) {
        this(connection, Clock.systemUTC());
    }

    LeaseStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    @Override
    public Optional<Lease> acquire(String name, String holder, Duration duration) {
        Instant now = clock.instant();
        GetResponse<LeaseDocument> stored = read(name);
        if (stored == null) {
            Lease lease = new Lease(name, holder, now.plus(duration), 1);
            return write(lease, null) ? Optional.of(lease) : Optional.empty();
        }
        Lease was = stored.source().toLease();
        boolean own = was.holder().equals(holder);
        if (!own && !was.expiredAt(now)) {
            return Optional.empty();
        }
        Lease lease = new Lease(name, holder, now.plus(duration), own ? was.fencing() : was.fencing() + 1);
        return write(lease, stored) ? Optional.of(lease) : Optional.empty();
    }

    @Override
    public void release(Lease lease) {
        GetResponse<LeaseDocument> stored = read(lease.name());
        if (stored != null && stored.source().holder().equals(lease.holder())
                && stored.source().fencing() == lease.fencing()) {
            write(new Lease(lease.name(), lease.holder(), clock.instant(), lease.fencing()), stored);
        }
    }

    @Override
    public Optional<Lease> current(String name) {
        return Optional.ofNullable(read(name)).map(r -> r.source().toLease());
    }

    @Override
    public List<Lease> named(String prefix) {
        SearchResponse<LeaseDocument> found = connection.call("read the leases " + prefix + "*", client -> client.search(s -> s
                .index(connection.alias(IndexKind.LEASES)).size(MAX_NAMED)
                .query(q -> q.prefix(p -> p.field("name").value(prefix)))
                .sort(o -> o.field(f -> f.field("name"))), LeaseDocument.class));
        return found.hits().hits().stream().map(h -> h.source().toLease()).toList();
    }

    private GetResponse<LeaseDocument> read(String name) {
        GetResponse<LeaseDocument> r = connection.call("read the lease " + name, client -> client.get(g -> g
                .index(connection.alias(IndexKind.LEASES)).id(name).realtime(true), LeaseDocument.class));
        return r.found() && r.source() != null ? r : null;
    }

    /** Writes the lease if the document is still as read ({@code null}: if there is none); answers whether it was. */
    private boolean write(Lease lease, GetResponse<LeaseDocument> as) {
        return ConditionalWrite.write(connection, "write the lease " + lease.name(), IndexKind.LEASES, lease.name(),
                LeaseDocument.of(lease), as);
    }
}
