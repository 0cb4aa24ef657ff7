package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch._types.SortOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.civichub.model.Resident;
import org.civichub.store.Page;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
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
    /** More keys than one level of a district's grid has (its communities, a community's buildings). */
    static final int MAX_PLACES = 10_000;
    /** Households are counted exactly up to this many per key, closely above. */
    static final int PRECISE_HOUSEHOLDS = 40_000;

    private final Connection connection;

    @Activate
    public ResidentSearcher(@Reference Connection connection) {
        this.connection = connection;
    }

    /**
     * The parts of a stored resident that {@link #summaries} reads: all but its sources, claims and
     * conflicts.
     */
    static final List<String> SUMMARY = List.of("resident.id", "resident.idNumber", "resident.writtenId",
            "resident.name", "resident.sex", "resident.ethnicity", "resident.birthDate", "resident.householdNo",
            "resident.relationToHead", "resident.registeredAddress", "resident.currentAddress", "resident.status",
            "resident.residencePermit", "resident.tags", "resident.merged");

    @Override
    public Page<Resident> search(ResidentQuery query, Scope scope) {
        return scope.isEmpty() ? new Page<>(0, query.page(), query.size(), List.of())
                : page(query, searchRequest(connection.alias(IndexKind.RESIDENTS), query, scope));
    }

    @Override
    public Page<Resident> summaries(ResidentQuery query, Scope scope) {
        return scope.isEmpty() ? new Page<>(0, query.page(), query.size(), List.of())
                : page(query, summariesRequest(connection.alias(IndexKind.RESIDENTS), query, scope));
    }

    private Page<Resident> page(ResidentQuery query, SearchRequest request) {
        SearchResponse<ResidentDocument> response = connection.call("search residents",
                client -> client.search(request, ResidentDocument.class));
        List<Resident> items = response.hits().hits().stream().map(Hit::source).map(ResidentDocument::toResident).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new Page<>(total, query.page(), query.size(), items);
    }

    /**
     * The request {@link #search} sends for the query in the scope to the index or alias: the query
     * of {@link ResidentQueries#build}, the page, the exact total and the order. Public so that a
     * benchmark can send the very same body to Elasticsearch directly. An empty scope gives a request
     * that finds nothing ({@link #search} sends none then).
     *
     * @throws IllegalArgumentException when the page lies beyond the first {@value #MAX_WINDOW} results
     */
    public static SearchRequest searchRequest(String index, ResidentQuery query, Scope scope) {
        return request(index, query, scope, List.of());
    }

    /** The request {@link #summaries} sends: that of {@link #searchRequest}, reading only {@link #SUMMARY}. */
    public static SearchRequest summariesRequest(String index, ResidentQuery query, Scope scope) {
        return request(index, query, scope, SUMMARY);
    }

    private static SearchRequest request(String index, ResidentQuery query, Scope scope, List<String> fields) {
        long from = (long) query.page() * query.size();
        if (from + query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("only the first " + MAX_WINDOW + " results can be paged: narrow the search");
        }
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(ResidentQueries.build(query, scope))
                    .from((int) from)
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sorting(query));
            return fields.isEmpty() ? s : s.source(src -> src.filter(f -> f.includes(fields)));
        });
    }

    @Override
    public List<Resident> similarIdNumbers(String idNumber, Scope scope, int max) {
        if (scope.isEmpty() || max <= 0) {
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

    /** Best match first; without text, by where they live; then by id, so that pages are stable. */
    private static List<SortOptions> sorting(ResidentQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        if (query.text() == null || query.text().isBlank()) {
            for (String field : List.of("place.division", "place.building", "place.unit", "place.room")) {
                sort.add(SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc))));
            }
        } else {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    @Override
    public List<PlaceCount> placeCounts(Place place, PlaceLevel by, Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String field = "place." + by.name().toLowerCase(Locale.ROOT);
        SearchResponse<Void> response = connection.call("count residents by place", client -> client.search(s -> s
                .index(connection.alias(IndexKind.RESIDENTS))
                .query(ResidentQueries.build(new ResidentQuery(null, null, List.of(), List.of(), place, 0, 1), scope))
                .size(0)
                .aggregations("places", a -> a
                        .terms(t -> t.field(field).size(MAX_PLACES).missing(Place.UNKNOWN))
                        .aggregations("households", h -> h.cardinality(c -> c.field("householdNo")
                                .precisionThreshold(PRECISE_HOUSEHOLDS)))
                        .aggregations("tags", t -> t.terms(k -> k.field("tags").size(MAX_TERMS)
                                .include(i -> i.regexp("[^:]+"))))), Void.class));
        List<PlaceCount> out = new ArrayList<>();
        for (StringTermsBucket b : response.aggregations().get("places").sterms().buckets().array()) {
            Map<String, Long> tags = new TreeMap<>();
            for (StringTermsBucket t : b.aggregations().get("tags").sterms().buckets().array()) {
                tags.put(t.key().stringValue(), t.docCount());
            }
            out.add(new PlaceCount(b.key().stringValue(), b.docCount(),
                    b.aggregations().get("households").cardinality().value(), tags));
        }
        return out;
    }

    private Map<String, Long> termCounts(String what, String field, Scope scope) {
        if (scope.isEmpty()) {
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
