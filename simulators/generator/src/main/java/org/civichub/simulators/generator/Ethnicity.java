package org.civichub.simulators.generator;

/**
 * An ethnic group with its GB 3304 code, its sampling weight in the district and whether its names
 * are written as given name and father's name joined by a middle dot (·).
 */
record Ethnicity(String code, String name, double weight, boolean dottedNames) {

    static final String HAN = "01";
}
