package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
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
 * Appends audit entries as a hash chain ({@link AuditDocument}): entry {@code n} has the document id
 * {@code n} and is created only if that id is free, so two writers cannot overwrite each other.
 * Entries arriving together are written in one bulk request by whichever caller gets there first;
 * each caller returns only once its own entry is acknowledged (written to the translog). One hub
 * node writes the chain; a second one would find its ids taken and fail its reads loudly.
 */
@Component(service = AuditLog.class)
public final class AuditWriter implements AuditLog {

    private static final int MAX_GROUP = 500;
    private static final int PAGE = 1_000;

    private record Pending(AuditEntry entry, CompletableFuture<Void> done) {
    }

    private record Head(long seq, String hash) {
    }

    private final Connection connection;
    private final Pseudonyms pseudonyms;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Head head;

    @Activate
    public AuditWriter(@Reference Connection connection, @Reference Pseudonyms pseudonyms) {
        this.connection = connection;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void record(AuditEntry entry) {
        Pending p = new Pending(entry, new CompletableFuture<>());
        queue.add(p);
        while (!p.done().isDone()) {
            if (writing.tryLock()) {
                try {
                    writeQueued();
                } finally {
                    writing.unlock();
                }
            } else {
                try {
                    p.done().get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // written by another caller, or failed: either way the loop or join below tells
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableException("interrupted while writing an audit entry", e);
                }
            }
        }
        try {
            p.done().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        for (Pending p; group.size() < MAX_GROUP && (p = queue.poll()) != null; ) {
            group.add(p);
        }
        if (group.isEmpty()) {
            return;
        }
        try {
            append(group);
        } catch (RuntimeException first) {
            head = null;
            try {
                append(group);
            } catch (RuntimeException e) {
                head = null;
                group.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
        }
        group.forEach(p -> p.done().complete(null));
    }

    /** Writes the group after the head; a second try re-reads the head, e.g. after a taken id. */
    private void append(List<Pending> group) {
        Head h = head();
        List<AuditDocument> docs = new ArrayList<>(group.size());
        for (Pending p : group) {
            AuditDocument d = AuditDocument.chained(p.entry(), h.seq(), h.hash(), pseudonyms::hash);
            docs.add(d);
            h = new Head(d.seq(), d.hash());
        }
        write(docs);
        head = h;
    }

    private void write(List<AuditDocument> docs) {
        List<BulkOperation> ops = docs.stream().map(d -> BulkOperation.of(o -> o.create(c -> c
                .index(connection.alias(IndexKind.AUDIT)).id(Long.toString(d.seq())).document(d)))).toList();
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
                    .index(connection.alias(IndexKind.AUDIT)).size(1)
                    .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Desc))), AuditDocument.class));
            head = last.hits().hits().isEmpty() ? new Head(0, AuditDocument.GENESIS)
                    : new Head(last.hits().hits().get(0).source().seq(), last.hits().hits().get(0).source().hash());
        }
        return head;
    }

    /**
     * Reads the chain without holding up writers. Entries past the head this hub had written when the
     * check began may still be on their way into the index: a break among them ends the check as far
     * as it got instead of failing it, and the next check sees them whole.
     */
    @Override
    public AuditVerification verify() {
        return verifyChain(head);
    }

    private void refresh() {
        connection.call("refresh the audit", client -> client.indices().refresh(r -> r.index(connection.alias(IndexKind.AUDIT))));
    }

    private AuditVerification verifyChain(Head known) {
        refresh();
        long expected = 1;
        String prevHash = AuditDocument.GENESIS;
        long read = 0;
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<AuditDocument> page = connection.call("verify the audit", client -> client.search(s -> {
                s.index(connection.alias(IndexKind.AUDIT)).size(PAGE).trackTotalHits(t -> t.enabled(false))
                        .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, AuditDocument.class));
            List<Hit<AuditDocument>> hits = page.hits().hits();
            for (Hit<AuditDocument> hit : hits) {
                AuditDocument d = hit.source();
                boolean settled = known == null || expected <= known.seq();
                read++;
                if (d.seq() != expected || !Long.toString(d.seq()).equals(hit.id())) {
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
