package org.civichub.store.elasticsearch.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civichub.store.ResolverKey;
import org.civichub.store.ResolverKeys;
import org.civichub.store.elasticsearch.internal.document.KeyDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads resolution keys by id with {@code _mget}, which sees every acknowledged write. */
@Component(service = ResolverKeys.class)
public final class KeyReader implements ResolverKeys {

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
}
