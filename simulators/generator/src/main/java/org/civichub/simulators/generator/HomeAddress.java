package org.civichub.simulators.generator;

/**
 * A dwelling in the district: community, road and house number (门牌, one residential compound,
 * which the generator also treats as one grid 网格), building (楼栋), unit (单元) and room. The floor
 * is the room number without its last two digits (room 301 is on floor 3).
 */
record HomeAddress(District district, Community community, String road, int houseNumber, int building,
                   int unit, int room) {

    /** Whether both name the same room, whatever object holds them. */
    boolean sameDwelling(HomeAddress other) {
        return community.code().equals(other.community.code()) && road.equals(other.road)
                && houseNumber == other.houseNumber && building == other.building && unit == other.unit
                && room == other.room;
    }

    /** The address written in one of the styles departments use. */
    String render(AddressStyle style) {
        StringBuilder sb = new StringBuilder(64);
        switch (style) {
            case FULL -> sb.append(district.provinceAndCity()).append(district.name())
                    .append(community.streetName()).append(community.shortName());
            case CITY -> sb.append(district.city()).append(district.name());
            case DISTRICT -> sb.append(district.name());
            case STREET -> sb.append(community.streetName()).append(community.shortName());
        }
        sb.append(road).append(houseNumber).append('号');
        switch (style) {
            case FULL -> sb.append(building).append("栋").append(unit).append("单元").append(room).append('室');
            case CITY -> sb.append(building).append("号楼").append(unit).append("单元").append(room).append('室');
            case DISTRICT -> sb.append(building).append('-').append(unit).append('-').append(room);
            case STREET -> sb.append(building).append("栋").append(unit).append("单元").append(room);
        }
        return sb.toString();
    }
}
