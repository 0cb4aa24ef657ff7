package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;
import org.civichub.store.elasticsearch.internal.document.KeyDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads resolution keys by id with {@code _mget}, which sees every acknowledged write, and all of
 * them through a point in time taken right after a refresh.
 */
@Component(service = ResolverKeys.class)
public final class KeyReader implements ResolverKeys {

    /** Keys per page of {@link #all}. */
    static final int PAGE = 10_000;

    private final Connection connection;

    @Activate
    public KeyReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Map<String, ResolverKey> keys(Collection<String> keys) {
        Map<String, KeyDocument> found = Mget.read(connection, IndexKind.KEYS, keys, KeyDocument.class, d -> d);
        Map<String, ResolverKey> out = new LinkedHashMap<>();
        found.forEach((id, d) -> out.put(id, d.toKey(id)));
        return out;
    }

    @Override
    public void all(Consumer<ResolverKey> each) {
        String index = connection.alias(IndexKind.KEYS);
        connection.call("refresh the keys", client -> client.indices().refresh(r -> r.index(index)));
        String pit = connection.call("open the keys", client -> client.openPointInTime(p -> p.index(index)
                .keepAlive(k -> k.time("2m")))).id();
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<KeyDocument> page = connection.call("read the keys", client -> client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m"))).size(PAGE)
                            .trackTotalHits(t -> t.enabled(false))
                            .sort(o -> o.field(f -> f.field("_shard_doc")));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, KeyDocument.class));
                List<Hit<KeyDocument>> hits = page.hits().hits();
                hits.forEach(h -> each.accept(h.source().toKey(h.id())));
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            connection.call("close the keys", client -> client.closePointInTime(c -> c.id(pit)));
        }
    }
}
