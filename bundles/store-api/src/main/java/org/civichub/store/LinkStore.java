package org.civichub.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the {@link Link links}: every source record with its resident or its state, in position order. */
public interface LinkStore {

    /** Up to {@code size} links with positions after {@code afterPosition} ({@code null} for the first page). */
    List<Link> after(String afterPosition, int size);

    /**
     * Up to {@code size} links of one department ({@code null}: every department) whose latest version
     * has data-quality findings, with positions after {@code afterPosition}.
     */
    List<Link> withFindings(String department, String afterPosition, int size);

    /**
     * Up to {@code size} links in one state, of one department ({@code null}: every department), with
     * positions after {@code afterPosition}: e.g. the records waiting in review.
     */
    List<Link> inState(Link.State state, String department, String afterPosition, int size);

    /** How many records of one department ({@code null}: every department) have each finding. */
    Map<String, Long> findingCounts(String department);

    /** The links at these positions that exist; every acknowledged write is seen at once. */
    Map<String, Link> get(Collection<String> positions);
}
