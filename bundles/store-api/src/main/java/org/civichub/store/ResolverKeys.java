package org.civichub.store;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** Reads {@link ResolverKey resolution keys}; every acknowledged write is seen at once. */
public interface ResolverKeys {

    /** The residents of each of these keys that has any. */
    Map<String, ResolverKey> keys(Collection<String> keys);

    /**
     * Every stored key, each once, including every write acknowledged before the call: for a reader
     * that keeps them all in memory. Keys written while it runs may or may not be given.
     */
    void all(Consumer<ResolverKey> each);
}
