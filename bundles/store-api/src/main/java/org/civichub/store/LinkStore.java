package org.civichub.store;

import java.util.List;

/** Reads the {@link Link links}: every source record with its resident or its state, in position order. */
public interface LinkStore {

    /** Up to {@code size} links with positions after {@code afterPosition} ({@code null} for the first page). */
    List<Link> after(String afterPosition, int size);
}
