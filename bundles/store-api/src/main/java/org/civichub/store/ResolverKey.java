package org.civichub.store;

import java.util.List;
import java.util.Objects;

/**
 * The residents a resolution key points at. A key is a keyed hash of one piece of identity evidence
 * (a valid ID number, a birth date with a surname, …), never the evidence itself.
 */
public record ResolverKey(String key, List<String> residentIds) {

    public ResolverKey {
        Objects.requireNonNull(key, "key");
        residentIds = List.copyOf(residentIds);
    }
}
