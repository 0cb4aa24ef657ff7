package org.civichub.store.elasticsearch.internal.document;

import org.civichub.model.Address;
import org.civichub.model.DivisionCode;

/** The stored form of an {@link Address}; the division code is its 12-digit string. */
public record AddressDoc(String division, String text, String grid, String building, String unit, String room) {

    public static AddressDoc of(Address a) {
        return a == null ? null : new AddressDoc(a.division() == null ? null : a.division().value(),
                a.text(), a.grid(), a.building(), a.unit(), a.room());
    }

    public Address toAddress() {
        return new Address(division == null ? null : new DivisionCode(division), text, grid, building, unit, room);
    }
}
