package org.civichub.simulators.generator;

/**
 * A community (社区居委会) of the generated district: its 12-digit statistical code, its official name
 * and the name of the street office (街道) it belongs to.
 */
record Community(String code, String name, String streetName) {

    /** The name without the committee suffix, e.g. 大同 for 大同社区居委会; roads are named after it. */
    String stem() {
        String s = name;
        for (String suffix : new String[] {"社区居委会", "居委会", "村委会", "社区"}) {
            if (s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** The short name used in addresses, e.g. 大同社区. */
    String shortName() {
        return stem() + "社区";
    }

    /** The 3-digit street part of the code, used in household numbers. */
    String streetDigits() {
        return code.substring(6, 9);
    }
}
