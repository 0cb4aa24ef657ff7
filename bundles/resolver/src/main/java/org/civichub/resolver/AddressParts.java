package org.civichub.resolver;

import org.civichub.model.Address;
import org.civichub.model.DivisionCode;

/**
 * The parts of an address that tell dwellings apart, read from the text however a department wrote it
 * (with or without province, city, district, street office and community; {@code 5栋2单元301室},
 * {@code 5号楼2单元301室} or {@code 5-2-301}; full-width digits, stray spaces).
 *
 * <p>Numbers are kept as digit strings without leading zeros. Any part may be {@code null}.
 *
 * @param division the division code without trailing all-zero levels (6, 9 or 12 digits), when the address
 *                 has one
 * @param road     the road (街路巷), e.g. 大同路
 * @param number   the house number (门牌号) on the road
 * @param building the building (楼栋)
 * @param unit     the unit (单元)
 * @param room     the room (室)
 */
public record AddressParts(String division, String road, String number, String building, String unit,
                           String room) {

    /**
     * The parts of an address: parsed from its text, with building, unit and room taken from the address's own
     * fields where the text does not give them. {@code null} for a {@code null} address.
     */
    public static AddressParts of(Address address) {
        if (address == null) {
            return null;
        }
        AddressParts text = parse(address.text());
        return new AddressParts(division(address.division()), text.road, text.number,
                text.building != null ? text.building : AddressTextParser.digits(address.building()),
                text.unit != null ? text.unit : AddressTextParser.digits(address.unit()),
                text.room != null ? text.room : AddressTextParser.digits(address.room()));
    }

    /** The parts written in an address text, without a division code; all {@code null} for {@code null}. */
    public static AddressParts parse(String text) {
        return AddressTextParser.parse(text);
    }

    /** Road, number, building, unit and room joined, when road, number and room are known; else {@code null}. */
    public String dwellingKey() {
        return road == null || number == null || room == null ? null
                : road + '|' + number + '|' + nz(building) + '|' + nz(unit) + '|' + room;
    }

    /** Road, number and building joined, when all three are known; else {@code null}. */
    public String buildingKey() {
        return road == null || number == null || building == null ? null : road + '|' + number + '|' + building;
    }

    /**
     * The building as the grid names it: road and house number, then the building when the address gives
     * one ({@code 大同路123号5栋}, or {@code 大同路123号} for a house); {@code null} without road and number.
     */
    public String buildingName() {
        return road == null || number == null ? null : road + number + '号' + (building == null ? "" : building + '栋');
    }

    /** The floor: the room number without its last two digits (room 301 is on floor 3); {@code null} without one. */
    public String floor() {
        return room == null || room.length() < 3 ? null : room.substring(0, room.length() - 2);
    }

    /** Road and number joined, when both are known; else {@code null}. */
    public String roadKey() {
        return road == null || number == null ? null : road + '|' + number;
    }

    /**
     * Whether the two division codes can name the same place: either is unknown or one is a prefix of the
     * other.
     */
    public boolean divisionCompatible(AddressParts other) {
        return division == null || other.division == null || division.startsWith(other.division)
                || other.division.startsWith(division);
    }

    private static String division(DivisionCode code) {
        if (code == null) {
            return null;
        }
        String v = code.value();
        while (v.length() > 6 && v.endsWith("000")) {
            v = v.substring(0, v.length() - 3);
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
