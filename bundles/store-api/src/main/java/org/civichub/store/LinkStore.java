package org.civichub.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the {@link Link links}: every source record with its resident or its state, in position order. */
public interface LinkStore {

    /** Up to {@code size} links with positions after {@code afterPosition} ({@code null} for the first page). */
    List<Link> after(String afterPosition, int size);

    /** The links at these positions that exist; every acknowledged write is seen at once. */
    Map<String, Link> get(Collection<String> positions);
}
