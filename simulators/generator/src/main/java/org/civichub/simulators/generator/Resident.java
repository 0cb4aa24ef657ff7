package org.civichub.simulators.generator;

/**
 * A person living in the district, with what the departments know about their family.
 *
 * @param relation GB/T 4761 relation to the household head, empty for floating population
 * @param children the number of own children (in or outside the household) at the start
 * @param birth    set for a baby born during the period, otherwise {@code null}
 */
record Resident(Person person, String relation, MaritalStatus marital, int children, Fate fate, Birth birth) {

    boolean newborn() {
        return birth != null;
    }
}
