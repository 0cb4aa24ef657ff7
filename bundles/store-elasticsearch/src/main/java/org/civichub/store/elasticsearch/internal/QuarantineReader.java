package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Optional;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.QuarantineStore;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.civichub.store.elasticsearch.internal.document.QuarantineDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads quarantine entries: a page most recent first, or one by id (the record version's id). */
@Component(service = QuarantineStore.class)
public final class QuarantineReader implements QuarantineStore {

    private final Connection connection;

    @Activate
    public QuarantineReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Page<QuarantineEntry> list(String department, Scope scope, int page, int size) {
        if (page < 0 || size < 1 || size > ResidentQuery.MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more, size between 1 and " + ResidentQuery.MAX_SIZE);
        }
        long from = (long) page * size;
        if (from + size > ResidentSearcher.MAX_WINDOW) {
            throw new IllegalArgumentException("only the first " + ResidentSearcher.MAX_WINDOW + " entries can be paged");
        }
        if (scope.divisionPrefixes().isEmpty()) {
            return new Page<>(0, page, size, List.of());
        }
        Query query = department == null
                ? QueryBuilders.matchAll(m -> m)
                : QueryBuilders.term(t -> t.field("department").value(department));
        Query inScope = inScope(scope);
        SearchResponse<QuarantineDocument> response = connection.call("list the quarantine", client -> client.search(s -> s
                .index(connection.alias(IndexKind.QUARANTINE))
                .query(q -> q.bool(b -> b.filter(query).filter(inScope)))
                .from((int) from)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.field(f -> f.field("quarantinedAt").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("recordKey").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("sourceVersion").order(SortOrder.Asc))), QuarantineDocument.class));
        List<QuarantineEntry> items = response.hits().hits().stream()
                .map(Hit::source).map(QuarantineDocument::toEntry).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Page<>(total, page, size, items);
    }

    /** Entries about a community in the scope, and entries about none for a district-wide scope. */
    static Query inScope(Scope scope) {
        return QueryBuilders.bool(b -> {
            scope.divisionPrefixes().forEach(p -> b.should(s -> s.prefix(x -> x.field("divisions").value(p))));
            if (scope.districtWide()) {
                b.should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("divisions")))));
            }
            return b.minimumShouldMatch("1");
        });
    }

    @Override
    public Optional<QuarantineEntry> get(String id) {
        GetResponse<QuarantineDocument> response = connection.call("read a quarantine entry", client -> client.get(
                g -> g.index(connection.alias(IndexKind.QUARANTINE)).id(id), QuarantineDocument.class));
        return response.found() ? Optional.of(response.source().toEntry()) : Optional.empty();
    }
}
