package org.civichub.resolver;

import java.util.Optional;
import org.civichub.model.Address;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;

/**
 * Where a resident lives, as the grid places them: the current address when it gives a division code,
 * else the registered one; its division code, and the building ({@code 大同路123号5栋}), unit, floor and
 * room read from it, each {@code null} when the address does not give it (no building without road and
 * house number).
 */
public record Home(String division, String building, String unit, String floor, String room) {

    /** The resident's home, or empty when neither address gives a division code. */
    public static Optional<Home> of(Resident r) {
        Address home = placed(r.currentAddress()) ? r.currentAddress().value()
                : placed(r.registeredAddress()) ? r.registeredAddress().value() : null;
        return of(home);
    }

    /** The home an address names, or empty when it gives no division code. */
    public static Optional<Home> of(Address a) {
        if (a == null || a.division() == null) {
            return Optional.empty();
        }
        AddressParts parts = AddressParts.of(a);
        String building = parts.buildingName();
        return Optional.of(building == null ? new Home(a.division().value(), null, null, null, null)
                : new Home(a.division().value(), building, parts.unit(), parts.floor(), parts.room()));
    }

    private static boolean placed(Sourced<Address> a) {
        return a != null && a.value().division() != null;
    }
}
