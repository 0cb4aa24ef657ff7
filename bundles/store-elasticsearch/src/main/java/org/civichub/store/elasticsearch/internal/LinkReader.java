package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
        SearchResponse<LinkDocument> response = connection.call("read links", client -> client.search(s -> {
            s.index(connection.alias(IndexKind.LINKS)).size(size).trackTotalHits(t -> t.enabled(false))
                    .sort(o -> o.field(f -> f.field("position").order(SortOrder.Asc)));
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
