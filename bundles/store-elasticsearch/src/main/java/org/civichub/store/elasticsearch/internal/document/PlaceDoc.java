package org.civichub.store.elasticsearch.internal.document;

import org.civichub.model.Address;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.resolver.AddressParts;

/**
 * Where a resident lives, as the grid counts it: the current address when it gives a division code,
 * else the registered one; its division code, building ({@code 大同路123号5栋}), unit, floor and room,
 * each {@code null} when the address does not give it.
 */
public record PlaceDoc(String division, String building, String unit, String floor, String room) {

    /** The resident's place, or {@code null} when neither address gives a division code. */
    static PlaceDoc of(Resident r) {
        Address home = placed(r.currentAddress()) ? r.currentAddress().value()
                : placed(r.registeredAddress()) ? r.registeredAddress().value() : null;
        if (home == null) {
            return null;
        }
        AddressParts parts = AddressParts.of(home);
        String building = parts.buildingName();
        return building == null ? new PlaceDoc(home.division().value(), null, null, null, null)
                : new PlaceDoc(home.division().value(), building, parts.unit(), parts.floor(), parts.room());
    }

    private static boolean placed(Sourced<Address> a) {
        return a != null && a.value().division() != null;
    }
}
