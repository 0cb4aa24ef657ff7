package org.civichub.store.elasticsearch.internal;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civichub.store.StoreUnavailableException;

/** Reads documents by id with {@code _mget}, which sees every acknowledged write. */
final class Mget {

    private Mget() {
    }

    static <D, T> Map<String, T> read(Connection connection, IndexKind kind, Collection<String> ids, Class<D> type,
                                      Function<D, T> toModel) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> distinct = ids.stream().distinct().toList();
        MgetResponse<D> response = connection.call("read " + kind.suffix(),
                client -> client.mget(m -> m.index(connection.alias(kind)).ids(distinct), type));
        Map<String, T> found = new LinkedHashMap<>();
        for (MultiGetResponseItem<D> item : response.docs()) {
            if (item.isFailure()) {
                throw new StoreUnavailableException("Elasticsearch could not read " + kind.suffix() + " "
                        + item.failure().id() + ": " + item.failure().error().reason(), null);
            }
            if (item.result().found()) {
                found.put(item.result().id(), toModel.apply(item.result().source()));
            }
        }
        return found;
    }
}
