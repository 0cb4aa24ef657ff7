package org.civichub.simulators.generator;

import java.util.List;

/**
 * The county-level district (区) a dataset describes, with the names of its city and province and
 * every community in it, in code order.
 */
record District(String code, String name, String city, String province, List<Community> communities) {

    District {
        communities = List.copyOf(communities);
    }

    /** Province and city as written before the district in a full address; a municipality is written once. */
    String provinceAndCity() {
        return province.equals(city) ? city : province + city;
    }
}
