package org.civichub.store;

import java.util.Collection;
import java.util.Map;

/** Reads {@link ResolverKey resolution keys}; every acknowledged write is seen at once. */
public interface ResolverKeys {

    /** The residents of each of these keys that has any. */
    Map<String, ResolverKey> keys(Collection<String> keys);
}
