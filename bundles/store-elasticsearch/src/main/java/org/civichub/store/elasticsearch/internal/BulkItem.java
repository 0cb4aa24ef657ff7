package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.civichub.store.Batch;
import org.civichub.store.elasticsearch.internal.document.ChangeDocument;
import org.civichub.store.elasticsearch.internal.document.HouseholdDocument;
import org.civichub.store.elasticsearch.internal.document.KeyDocument;
import org.civichub.store.elasticsearch.internal.document.LinkDocument;
import org.civichub.store.elasticsearch.internal.document.QuarantineDocument;
import org.civichub.store.elasticsearch.internal.document.RawDocument;
import org.civichub.store.elasticsearch.internal.document.ResidentDocument;

/**
 * One operation of a bulk request with what a failure report needs: the kind of document
 * ({@code raw}, {@code quarantine}, {@code resident}, {@code household}, {@code change}, {@code link}, {@code key}),
 * its id, and whether a version conflict means the store already holds what counts (a raw record
 * is written only once; a link is not replaced by an older version of its record).
 */
record BulkItem(String kind, String id, boolean conflictIsFine, BulkOperation operation) {

    /**
     * The operations of a batch, with deterministic ids. Raw records are created once, so the first
     * write of a record version is kept; a link is versioned by its record's update time, so the
     * latest version wins whatever the order of writing (equal times: the later write); everything
     * else is replaced by its latest state.
     */
    static List<BulkItem> of(Batch batch, IndexNames names, LongSupplier sequence) {
        List<BulkItem> items = new ArrayList<>(batch.size());
        String raw = names.alias(IndexKind.RAW);
        batch.raw().forEach(e -> items.add(create("raw", raw, e.record().id(), RawDocument.of(e))));
        String quarantine = names.alias(IndexKind.QUARANTINE);
        batch.quarantine().forEach(e -> items.add(index("quarantine", quarantine, e.id(), QuarantineDocument.of(e))));
        String residents = names.alias(IndexKind.RESIDENTS);
        batch.residents().forEach(r -> items.add(index("resident", residents, r.id(), ResidentDocument.of(r))));
        String households = names.alias(IndexKind.HOUSEHOLDS);
        batch.households().forEach(h -> items.add(index("household", households, h.id(), HouseholdDocument.of(h))));
        String changes = names.alias(IndexKind.CHANGES);
        batch.changes().forEach(c -> items.add(index("change", changes, c.id(), ChangeDocument.of(c, sequence.getAsLong()))));
        String links = names.alias(IndexKind.LINKS);
        batch.links().forEach(l -> items.add(new BulkItem("link", l.position(), true, BulkOperation.of(b -> b.index(i -> i
                .index(links).id(l.position()).version(Math.max(0, l.updatedAt().toEpochMilli()))
                .versionType(VersionType.ExternalGte).document(LinkDocument.of(l)))))));
        String keys = names.alias(IndexKind.KEYS);
        batch.keys().forEach(k -> items.add(index("key", keys, k.key(), KeyDocument.of(k))));
        return items;
    }

    private static BulkItem create(String kind, String alias, String id, Object document) {
        return new BulkItem(kind, id, true, BulkOperation.of(b -> b.create(c -> c.index(alias).id(id).document(document))));
    }

    private static BulkItem index(String kind, String alias, String id, Object document) {
        return new BulkItem(kind, id, false, BulkOperation.of(b -> b.index(i -> i.index(alias).id(id).document(document))));
    }
}
