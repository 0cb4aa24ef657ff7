package org.civichub.store.elasticsearch.internal.document;

import java.util.List;
import org.civichub.store.ResolverKey;

/** A {@link ResolverKey} as stored: the document id is the key, the body the residents it points at. */
public record KeyDocument(List<String> residents) {

    public static KeyDocument of(ResolverKey k) {
        return new KeyDocument(k.residentIds());
    }

    public ResolverKey toKey(String key) {
        return new ResolverKey(key, residents == null ? List.of() : residents);
    }
}
