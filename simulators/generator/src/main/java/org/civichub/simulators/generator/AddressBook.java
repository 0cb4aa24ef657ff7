package org.civichub.simulators.generator;

import java.util.List;

/**
 * Invents dwellings in the communities a dataset covers. Roads are named after their community
 * (大同社区 has 大同路, 大同街, ...), each house number is a compound of up to 24 buildings with up
 * to 4 units; old compounds have up to 7 floors, newer ones up to 18, with 4 rooms a floor.
 */
final class AddressBook {

    private static final List<String> ROAD_SUFFIXES = List.of("路", "街", "里", "一路", "二路");

    private final District district;
    private final List<Community> communities;

    AddressBook(District district, List<Community> communities) {
        this.district = district;
        this.communities = List.copyOf(communities);
    }

    List<Community> communities() {
        return communities;
    }

    /**
     * The hub's grid file for these communities ({@code code,name,buildings}, UTF-8): the names of the
     * district, its streets and communities, and four grids a community: its main road's lower and
     * upper house numbers, then its other roads two by two.
     */
    String gridFile() {
        StringBuilder out = new StringBuilder("code,name,buildings\n");
        out.append(district.code()).append(',').append(district.name()).append(",\n");
        java.util.Set<String> streets = new java.util.HashSet<>();
        for (Community c : communities) {
            String street = c.code().substring(0, 9);
            if (streets.add(street)) {
                out.append(street).append(',').append(c.streetName()).append(",\n");
            }
            out.append(c.code()).append(',').append(c.shortName()).append(",\n");
            String stem = c.stem();
            out.append(c.code()).append("-1,第一网格,").append(stem).append(ROAD_SUFFIXES.get(0)).append("1-150号\n");
            out.append(c.code()).append("-2,第二网格,").append(stem).append(ROAD_SUFFIXES.get(0)).append("151-299号\n");
            out.append(c.code()).append("-3,第三网格,").append(stem).append(ROAD_SUFFIXES.get(1)).append(';')
                    .append(stem).append(ROAD_SUFFIXES.get(2)).append('\n');
            out.append(c.code()).append("-4,第四网格,").append(stem).append(ROAD_SUFFIXES.get(3)).append(';')
                    .append(stem).append(ROAD_SUFFIXES.get(4)).append('\n');
        }
        return out.toString();
    }

    /** A dwelling in a community chosen uniformly among those covered. */
    HomeAddress any(Dice dice) {
        return in(dice.pick(communities), dice);
    }

    /** A dwelling in the given community. */
    HomeAddress in(Community community, Dice dice) {
        String road = community.stem() + (dice.chance(0.6) ? ROAD_SUFFIXES.get(0) : dice.pick(ROAD_SUFFIXES));
        int houseNumber = dice.between(1, 299);
        int floors = houseNumber % 3 == 0 ? 18 : 7;
        int room = dice.between(1, floors) * 100 + dice.between(1, 4);
        return new HomeAddress(district, community, road, houseNumber, dice.between(1, 24), dice.between(1, 4), room);
    }
}
