package org.civichub.simulators.generator;

import java.util.function.Consumer;

/**
 * Produces the people of a dataset one household or floating group at a time, so that nothing but
 * the current group is held in memory: registered households first, then floating population
 * ({@value #FLOATING_SHARE} of all persons), exactly {@code persons} people in all.
 */
final class Population {

    static final double FLOATING_SHARE = 0.12;

    private final HouseholdComposer households;
    private final FloatingComposer floating;
    private final int persons;
    private int householdCount;
    private int floatingCount;
    private int births;
    private int deaths;

    Population(HouseholdComposer households, FloatingComposer floating, int persons) {
        this.households = households;
        this.floating = floating;
        this.persons = persons;
    }

    void generate(Consumer<Unit> consumer) {
        int floatingTarget = (int) Math.round(persons * FLOATING_SHARE);
        int registeredTarget = persons - floatingTarget;
        int made = 0;
        while (made < registeredTarget) {
            Household household = households.compose(registeredTarget - made);
            made += household.residents().size();
            householdCount++;
            count(household);
            consumer.accept(household);
        }
        while (floatingCount < floatingTarget) {
            FloatingGroup group = floating.compose(floatingTarget - floatingCount);
            floatingCount += group.residents().size();
            consumer.accept(group);
        }
    }

    private void count(Household household) {
        for (Resident resident : household.residents()) {
            births += resident.newborn() ? 1 : 0;
            deaths += resident.fate().death() != null ? 1 : 0;
        }
    }

    int households() {
        return householdCount;
    }

    int floatingPersons() {
        return floatingCount;
    }

    int births() {
        return births;
    }

    int deaths() {
        return deaths;
    }
}
