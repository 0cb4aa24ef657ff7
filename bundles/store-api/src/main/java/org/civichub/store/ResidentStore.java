package org.civichub.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civichub.model.Household;
import org.civichub.model.Resident;

/** Reads residents and households by id. Searching is {@link ResidentSearch}. */
public interface ResidentStore {

    /** The residents with the given ids that exist; missing ids are absent from the map. */
    Map<String, Resident> residents(Collection<String> ids);

    /** The households with the given ids that exist. */
    Map<String, Household> households(Collection<String> ids);

    default Optional<Resident> resident(String id) {
        return Optional.ofNullable(residents(List.of(id)).get(id));
    }

    default Optional<Household> household(String id) {
        return Optional.ofNullable(households(List.of(id)).get(id));
    }
}
