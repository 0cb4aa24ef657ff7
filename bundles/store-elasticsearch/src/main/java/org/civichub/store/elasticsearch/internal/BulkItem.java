package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.ArrayList;
import java.util.List;
import org.civichub.store.Batch;
import org.civichub.store.elasticsearch.internal.document.ChangeDocument;
import org.civichub.store.elasticsearch.internal.document.HouseholdDocument;
import org.civichub.store.elasticsearch.internal.document.QuarantineDocument;
import org.civichub.store.elasticsearch.internal.document.RawDocument;
import org.civichub.store.elasticsearch.internal.document.ResidentDocument;

/**
 * One operation of a bulk request with what a failure report needs: the kind of document
 * ({@code raw}, {@code quarantine}, {@code resident}, {@code household}, {@code change}), its id, and
 * whether it is written only once ({@code create}) rather than replaced ({@code index}).
 */
record BulkItem(String kind, String id, boolean createOnce, BulkOperation operation) {

    /**
     * The operations of a batch, with deterministic ids. Raw records are created once, so the first
     * write of a record version is kept; everything else is replaced by its latest state.
     */
    static List<BulkItem> of(Batch batch, IndexNames names) {
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
        batch.changes().forEach(c -> items.add(index("change", changes, c.id(), ChangeDocument.of(c))));
        return items;
    }

    private static BulkItem create(String kind, String alias, String id, Object document) {
        return new BulkItem(kind, id, true, BulkOperation.of(b -> b.create(c -> c.index(alias).id(id).document(document))));
    }

    private static BulkItem index(String kind, String alias, String id, Object document) {
        return new BulkItem(kind, id, false, BulkOperation.of(b -> b.index(i -> i.index(alias).id(id).document(document))));
    }
}
