package org.civichub.store;

import org.civichub.model.Resident;

/** Full-text search over residents, always restricted to a {@link Scope}. */
public interface ResidentSearch {

    Page<Resident> search(ResidentQuery query, Scope scope);

    /**
     * The same search, each resident with what a list of residents shows and a scope check needs
     * (identity, household, addresses, status, tags) but without its sources, claims and conflicts,
     * which are most of a stored resident: for pages that show a summary of each.
     */
    default Page<Resident> summaries(ResidentQuery query, Scope scope) {
        return search(query, scope);
    }

    /** How many residents in the scope have each active tag term, by term (see {@link ResidentQuery#tags()}). */
    java.util.Map<String, Long> tagCounts(Scope scope);

    /**
     * How many residents in the scope have each open conflict term, by term: each field (e.g.
     * {@code status}) and each field with the departments (e.g. {@code status:civil/police}).
     */
    java.util.Map<String, Long> conflictCounts(Scope scope);

    /**
     * At most {@code max} residents in the scope whose ID number is one character, or one swap of
     * two neighbouring characters, away from {@code idNumber} (18 characters), but not it: what a
     * number written with one mistake may have meant.
     */
    java.util.List<Resident> similarIdNumbers(String idNumber, Scope scope, int max);

    /**
     * How many residents of the scope live in the place, by each key of the level below it, with
     * their registered households and active tag kinds: the grid's head counts. Residents whose
     * address does not give the level's value are counted under {@link Place#UNKNOWN}.
     */
    java.util.List<PlaceCount> placeCounts(Place place, PlaceLevel by, Scope scope);
}
