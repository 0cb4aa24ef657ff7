package org.civichub.store;

import java.util.Optional;

/** Reads the quarantine: source records held back with their reasons. */
public interface QuarantineStore {

    /** Entries of one department ({@code null} for all), most recent first. */
    Page<QuarantineEntry> list(String department, int page, int size);

    Optional<QuarantineEntry> get(String id);
}
