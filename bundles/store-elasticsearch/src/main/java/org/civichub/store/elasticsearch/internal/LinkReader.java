package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.elasticsearch.internal.document.LinkDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads links in position order with {@code search_after}, so any number of them can be exported page by page. */
@Component(service = LinkStore.class)
public final class LinkReader implements LinkStore {

    private final Connection connection;

    @Activate
    public LinkReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Link> after(String afterPosition, int size) {
        return page(null, afterPosition, size);
    }

    @Override
    public List<Link> withFindings(String department, String afterPosition, int size) {
        return page(findings(department), afterPosition, size);
    }

    @Override
    public List<Link> inState(Link.State state, String department, String afterPosition, int size) {
        return page(Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("state").value(state.code())));
            if (department != null) {
                b.filter(f -> f.term(t -> t.field("department").value(department)));
            }
            return b;
        })), afterPosition, size);
    }

    @Override
    public Map<String, Long> findingCounts(String department) {
        SearchResponse<Void> response = connection.call("count findings", client -> client.search(s -> s
                .index(connection.alias(IndexKind.LINKS)).size(0).query(findings(department))
                .aggregations("findings", a -> a.terms(t -> t.field("findings").size(100))), Void.class));
        Map<String, Long> counts = new TreeMap<>();
        response.aggregations().get("findings").sterms().buckets().array()
                .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    private static Query findings(String department) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.exists(e -> e.field("findings")));
            if (department != null) {
                b.filter(f -> f.term(t -> t.field("department").value(department)));
            }
            return b;
        }));
    }

    private List<Link> page(Query query, String afterPosition, int size) {
        SearchResponse<LinkDocument> response = connection.call("read links", client -> client.search(s -> {
            s.index(connection.alias(IndexKind.LINKS)).size(size).trackTotalHits(t -> t.enabled(false))
                    .sort(o -> o.field(f -> f.field("position").order(SortOrder.Asc)));
            if (query != null) {
                s.query(query);
            }
            if (afterPosition != null) {
                s.searchAfter(FieldValue.of(afterPosition));
            }
            return s;
        }, LinkDocument.class));
        return response.hits().hits().stream().map(Hit::source).map(LinkDocument::toLink).toList();
    }

    @Override
    public Map<String, Link> get(Collection<String> positions) {
        return Mget.read(connection, IndexKind.LINKS, positions, LinkDocument.class, LinkDocument::toLink);
    }
}
