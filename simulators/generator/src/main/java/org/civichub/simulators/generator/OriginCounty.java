package org.civichub.simulators.generator;

/**
 * A county elsewhere in China where people living in the district were born and, for the floating
 * population, are still registered. {@code city} is empty under a municipality.
 */
record OriginCounty(String code, String province, String city, String county, double weight) {

    /** The place as written at the start of a registered address, e.g. 河南省信阳市固始县. */
    String placeName() {
        return province + city + county;
    }
}
