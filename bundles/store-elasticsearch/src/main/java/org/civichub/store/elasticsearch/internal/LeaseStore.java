package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civichub.store.Lease;
import org.civichub.store.Leases;
import org.civichub.store.elasticsearch.internal.document.LeaseDocument;
import org.elasticsearch.client.ResponseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leases as documents, one per lease (id = its name), each change a compare-and-set: a lease never
 * written is created only if its id is free ({@code op_type=create}); one that exists is overwritten
 * only if it is unchanged since it was read ({@code if_seq_no} and {@code if_primary_term}). Of two
 * nodes asking at once, Elasticsearch's primary shard lets exactly one write; the other gets a
 * version conflict and no lease. A lease given back keeps its document, so its fencing number only
 * ever grows. Times are the asking node's clock. (The client reports a conflict as an
 * {@link ElasticsearchException} or, for some requests, as the low-level {@link ResponseException}.)
 */
@Component(service = Leases.class)
public final class LeaseStore implements Leases {

    private static final int CONFLICT = 409;

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
        Stored stored = read(name);
        if (stored == null) {
            Lease lease = new Lease(name, holder, now.plus(duration), 1);
            return write(lease, null) ? Optional.of(lease) : Optional.empty();
        }
        Lease was = stored.lease();
        boolean own = was.holder().equals(holder);
        if (!own && !was.expiredAt(now)) {
            return Optional.empty();
        }
        Lease lease = new Lease(name, holder, now.plus(duration), own ? was.fencing() : was.fencing() + 1);
        return write(lease, stored) ? Optional.of(lease) : Optional.empty();
    }

    @Override
    public void release(Lease lease) {
        Stored stored = read(lease.name());
        if (stored != null && stored.lease().holder().equals(lease.holder())
                && stored.lease().fencing() == lease.fencing()) {
            write(new Lease(lease.name(), lease.holder(), clock.instant(), lease.fencing()), stored);
        }
    }

    @Override
    public Optional<Lease> current(String name) {
        return Optional.ofNullable(read(name)).map(Stored::lease);
    }

    /** A lease as read, with what a conditional write of it needs. */
    private record Stored(Lease lease, long seqNo, long primaryTerm) {
    }

    private Stored read(String name) {
        GetResponse<LeaseDocument> r = connection.call("read the lease " + name, client -> client.get(g -> g
                .index(connection.alias(IndexKind.LEASES)).id(name).realtime(true), LeaseDocument.class));
        return r.found() && r.source() != null ? new Stored(r.source().toLease(), r.seqNo(), r.primaryTerm()) : null;
    }

    /** Writes the lease if the document is still as read ({@code null}: if there is none); answers whether it was. */
    private boolean write(Lease lease, Stored as) {
        return connection.call("write the lease " + lease.name(), client -> {
            IndexRequest.Builder<LeaseDocument> b = new IndexRequest.Builder<LeaseDocument>()
                    .index(connection.alias(IndexKind.LEASES)).id(lease.name()).document(LeaseDocument.of(lease))
                    .refresh(Refresh.False).requireAlias(true);
            if (as == null) {
                b.opType(OpType.Create);
            } else {
                b.ifSeqNo(as.seqNo()).ifPrimaryTerm(as.primaryTerm());
            }
            try {
                client.index(b.build());
                return true;
            } catch (ElasticsearchException e) {
                if (e.status() == CONFLICT) {
                    return false;
                }
                throw e;
            } catch (ResponseException e) {
                if (e.getResponse().getStatusLine().getStatusCode() == CONFLICT) {
                    return false;
                }
                throw e;
            }
        });
    }
}
