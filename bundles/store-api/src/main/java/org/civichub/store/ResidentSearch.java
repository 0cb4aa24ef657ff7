package org.civichub.store;

import org.civichub.model.Resident;

/** Full-text search over residents, always restricted to a {@link Scope}. */
public interface ResidentSearch {

    Page<Resident> search(ResidentQuery query, Scope scope);
}
