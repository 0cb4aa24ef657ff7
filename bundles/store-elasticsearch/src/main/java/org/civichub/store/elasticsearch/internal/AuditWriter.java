package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.civichub.cluster.NodeLeases;
import org.civichub.model.Pseudonyms;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;
import org.civichub.store.StoreUnavailableException;
import org.civichub.store.elasticsearch.internal.document.AuditDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appends audit entries as this hub node's hash chain ({@link AuditDocument}): each node writes a
 * chain of its own, named by its node id, so nodes never contend for a link. Entry {@code n} of chain
 * {@code c} has the document id {@code c:n} and is created only if that id is free, so two writers
 * cannot overwrite each other. Entries arriving together are written in one bulk request by
 * whichever caller gets there first ({@link GroupCommit}); each caller returns only once its own
 * entry is acknowledged (written to the translog). {@link #verify()} checks every node's chain.
 */
@Component(service = AuditLog.class)
public final class AuditWriter implements AuditLog {

    private static final int MAX_GROUP = 500;
    private static final int PAGE = 1_000;

    private record Head(long seq, String hash) {
    }

    /** How long a link of another node's chain may take to become visible in the index. */
    private static final Duration IN_FLIGHT = Duration.ofSeconds(10);
    private static final int MAX_CHAINS = 1_000;

    private final Connection connection;
    private final Pseudonyms pseudonyms;
    private final String chain;
    private final Clock clock;
    private final GroupCommit<AuditEntry> commit = new GroupCommit<>(this::appendGroup, MAX_GROUP);
    private volatile Head head;

    @Activate
    public AuditWriter(@Reference Connection connection, @Reference Pseudonyms pseudonyms, @Reference NodeLeases node) {
        this(connection, pseudonyms, node.node(), Clock.systemUTC());
    }

    /** The writer of the chain named {@code chain} (a hub node's id). */
    public AuditWriter(Connection connection, Pseudonyms pseudonyms, String chain, Clock clock) {
        if (chain == null || chain.isBlank()) {
            throw new IllegalArgumentException("an audit chain needs a name (the hub node's id)");
        }
        this.connection = connection;
        this.pseudonyms = pseudonyms;
        this.chain = chain;
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        try {
            commit.commit(entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while writing an audit entry", e);
        }
    }

    /** Writes a group of entries after the head, trying once more after re-reading it. */
    private void appendGroup(List<AuditEntry> group) {
        try {
            append(group);
        } catch (RuntimeException first) {
            head = null;
            try {
                append(group);
            } catch (RuntimeException e) {
                head = null;
                throw e;
            }
        }
    }

    /** Writes the group after the head; a second try re-reads the head, e.g. after a taken id. */
    private void append(List<AuditEntry> group) {
        Head h = head();
        List<AuditDocument> docs = new ArrayList<>(group.size());
        for (AuditEntry entry : group) {
            AuditDocument d = AuditDocument.chained(entry, chain, h.seq(), h.hash(), pseudonyms::hash);
            docs.add(d);
            h = new Head(d.seq(), d.hash());
        }
        write(docs);
        head = h;
    }

    private void write(List<AuditDocument> docs) {
        List<BulkOperation> ops = docs.stream().map(d -> BulkOperation.of(o -> o.create(c -> c
                .index(connection.alias(IndexKind.AUDIT)).id(d.id()).document(d)))).toList();
        BulkResponse response = connection.call("record audit entries", client -> client.bulk(b -> b
                .operations(ops).refresh(connection.refresh()).requireAlias(true)));
        if (response.errors()) {
            String first = response.items().stream().filter(i -> i.error() != null)
                    .map(i -> i.id() + ": " + i.error().type()).findFirst().orElse("?");
            throw new StoreUnavailableException("audit entries were not all written (first failure " + first
                    + "); the chain is re-read before the next entry", null);
        }
    }

    /** The last link written, read from the index when not known. */
    private Head head() {
        if (head == null) {
            refresh();
            SearchResponse<AuditDocument> last = connection.call("read the last audit entry", client -> client.search(s -> s
                    .index(connection.alias(IndexKind.AUDIT)).size(1).query(q -> q.term(t -> t.field("chain").value(chain)))
                    .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Desc))), AuditDocument.class));
            head = last.hits().hits().isEmpty() ? new Head(0, AuditDocument.GENESIS)
                    : new Head(last.hits().hits().get(0).source().seq(), last.hits().hits().get(0).source().hash());
        }
        return head;
    }

    /**
     * Reads every node's chain without holding up writers. Entries past the head this node had
     * written when the check began may still be on their way into the index, and so may another
     * node's latest ones (those of the last {@link #IN_FLIGHT}): a break among them ends that chain's
     * check as far as it got instead of failing it, and the next check sees them whole.
     */
    @Override
    public AuditVerification verify() {
        Head known = head;
        refresh();
        Instant settledBefore = clock.instant().minus(IN_FLIGHT);
        long read = 0;
        for (String c : chains()) {
            AuditVerification v = verifyChain(c, c.equals(chain) ? known : null, c.equals(chain) ? null : settledBefore);
            read += v.entries();
            if (!v.intact()) {
                return AuditVerification.broken(read, v.firstBroken(), "chain " + c + ": " + v.reason());
            }
        }
        return AuditVerification.intact(read);
    }

    private void refresh() {
        connection.call("refresh the audit", client -> client.indices().refresh(r -> r.index(connection.alias(IndexKind.AUDIT))));
    }

    /** The names of the chains in the index, this node's among them even before its first entry. */
    private List<String> chains() {
        SearchResponse<Void> r = connection.call("list the audit chains", client -> client.search(s -> s
                .index(connection.alias(IndexKind.AUDIT)).size(0)
                .aggregations("chains", a -> a.terms(t -> t.field("chain").size(MAX_CHAINS))), Void.class));
        TreeSet<String> names = new TreeSet<>();
        names.add(chain);
        r.aggregations().get("chains").sterms().buckets().array().forEach(b -> names.add(b.key().stringValue()));
        return List.copyOf(names);
    }

    /**
     * Checks one chain in sequence. A break is settled (reported) when it lies within what this node
     * knows it wrote ({@code known}, its own chain), or before {@code settledBefore} (another node's).
     */
    private AuditVerification verifyChain(String name, Head known, Instant settledBefore) {
        long expected = 1;
        String prevHash = AuditDocument.GENESIS;
        long read = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<AuditDocument> page = connection.call("verify the audit", client -> client.search(s -> {
                s.index(connection.alias(IndexKind.AUDIT)).size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .query(q -> q.term(t -> t.field("chain").value(name)))
                        .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, AuditDocument.class));
            List<Hit<AuditDocument>> hits = page.hits().hits();
            for (Hit<AuditDocument> hit : hits) {
                AuditDocument d = hit.source();
                boolean settled = settledBefore != null ? d.at() != null && d.at().isBefore(settledBefore)
                        : known == null || expected <= known.seq();
                read++;
                if (d.seq() != expected || !AuditDocument.id(name, d.seq()).equals(hit.id())) {
                    if (!settled) {
                        return AuditVerification.intact(read - 1);
                    }
                    return AuditVerification.broken(read, expected, "entry " + expected + " is missing");
                }
                if (!prevHash.equals(d.prevHash()) || !d.expectedHash(pseudonyms::hash).equals(d.hash())) {
                    return AuditVerification.broken(read, expected, "entry " + expected + " was altered");
                }
                prevHash = d.hash();
                expected++;
            }
            if (hits.size() < PAGE) {
                break;
            }
            after = hits.get(hits.size() - 1).sort();
        }
        if (known != null && known.seq() >= expected) {
            return AuditVerification.broken(read, expected, "entries from " + expected + " to " + known.seq()
                    + " were written but are gone");
        }
        return AuditVerification.intact(read);
    }
}
