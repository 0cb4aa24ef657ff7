package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civichub.model.Resident;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.Scope;
import org.civichub.store.elasticsearch.internal.document.ResidentDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Searches residents, best match first and then by id, so pages are stable. Only residents with a
 * registered or current address inside the scope are returned; an empty scope finds nothing.
 * Searches see writes about a second after they were made (after the next refresh).
 */
@Component(service = ResidentSearch.class)
public final class ResidentSearcher implements ResidentSearch {

    /** Elasticsearch's default {@code index.max_result_window}. */
    static final int MAX_WINDOW = 10_000;
    /** More tag terms (kinds and kinds with detail) or conflict terms than the model has. */
    static final int MAX_TERMS = 1000;

    private final Connection connection;

    @Activate
    public ResidentSearcher(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Page<Resident> search(ResidentQuery query, Scope scope) {
        if (scope.divisionPrefixes().isEmpty()) {
            return new Page<>(0, query.page(), query.size(), List.of());
        }
        long from = (long) query.page() * query.size();
        if (from + query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("only the first " + MAX_WINDOW + " results can be paged: narrow the search");
        }
        SearchResponse<ResidentDocument> response = connection.call("search residents", client -> client.search(s -> s
                .index(connection.alias(IndexKind.RESIDENTS))
                .query(ResidentQueries.build(query, scope))
                .from((int) from)
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ResidentDocument.class));
        List<Resident> items = response.hits().hits().stream().map(Hit::source).map(ResidentDocument::toResident).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Page<>(total, query.page(), query.size(), items);
    }

    @Override
    public List<Resident> similarIdNumbers(String idNumber, Scope scope, int max) {
        if (scope.divisionPrefixes().isEmpty() || max <= 0) {
            return List.of();
        }
        SearchResponse<ResidentDocument> response = connection.call("find similar ID numbers", client -> client.search(s -> s
                .index(connection.alias(IndexKind.RESIDENTS))
                .query(ResidentQueries.similarIdNumbers(idNumber, scope))
                .size(max)
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ResidentDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(ResidentDocument::toResident).toList();
    }

    @Override
    public Map<String, Long> tagCounts(Scope scope) {
        return termCounts("count tags", "tags", scope);
    }

    @Override
    public Map<String, Long> conflictCounts(Scope scope) {
        return termCounts("count conflicts", "conflicts", scope);
    }

    private Map<String, Long> termCounts(String what, String field, Scope scope) {
        if (scope.divisionPrefixes().isEmpty()) {
            return Map.of();
        }
        SearchResponse<Void> response = connection.call(what, client -> client.search(s -> s
                .index(connection.alias(IndexKind.RESIDENTS))
                .query(ResidentQueries.build(new ResidentQuery(null, null, 0, 1), scope))
                .size(0)
                .aggregations("terms", a -> a.terms(t -> t.field(field).size(MAX_TERMS))), Void.class));
        Map<String, Long> out = new TreeMap<>();
        for (StringTermsBucket b : response.aggregations().get("terms").sterms().buckets().array()) {
            out.put(b.key().stringValue(), b.docCount());
        }
        return out;
    }
}
