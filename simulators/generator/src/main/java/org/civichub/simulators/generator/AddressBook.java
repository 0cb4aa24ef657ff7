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
