package org.civichub.store.elasticsearch.internal.document;

import org.civichub.model.Resident;
import org.civichub.resolver.Home;

/**
 * Where a resident lives, as the grid counts it ({@link Home}): division code, building
 * ({@code 大同路123号5栋}), unit, floor and room, each {@code null} when the address does not give it.
 */
public record PlaceDoc(String division, String building, String unit, String floor, String room) {

    /** The resident's place, or {@code null} when neither address gives a division code. */
    static PlaceDoc of(Resident r) {
        return Home.of(r).map(h -> new PlaceDoc(h.division(), h.building(), h.unit(), h.floor(), h.room())).orElse(null);
    }
}
