package org.civichub.store;

import java.util.Optional;

/** Reads the quarantine: source records held back with their reasons. */
public interface QuarantineStore {

    /**
     * Entries of one department ({@code null} for all) in the scope, most recent first: those whose
     * {@link QuarantineEntry#divisions()} the scope covers, and those without divisions when the
     * scope is district-wide.
     */
    Page<QuarantineEntry> list(String department, Scope scope, int page, int size);

    Optional<QuarantineEntry> get(String id);
}
