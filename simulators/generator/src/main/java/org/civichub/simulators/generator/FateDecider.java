package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Decides who dies or moves their hukou away during the period, and when each department hears of a
 * death: civil affairs 1-15 days after it, police 1-30 days after civil affairs, or never
 * ({@link MessKind#DEATH_NOT_IN_POLICE}). Annual death rates rise with age roughly as in China's
 * life tables; young adults who are not household heads sometimes move their hukou away.
 */
final class FateDecider {

    private static final int[] AGE_LIMITS = {40, 60, 70, 80, 90, Integer.MAX_VALUE};
    private static final double[] ANNUAL_DEATH_RATES = {0.001, 0.003, 0.01, 0.03, 0.09, 0.2};

    private final Timeline timeline;
    private final Messer messer;
    private final Dice dice;

    FateDecider(Timeline timeline, Messer messer, Dice dice) {
        this.timeline = timeline;
        this.messer = messer;
        this.dice = dice;
    }

    Fate decide(Person person, boolean head) {
        int age = person.ageOn(timeline.start());
        if (dice.chance(annualDeathRate(age) * timeline.eventYears())) {
            return new Fate(death(), null);
        }
        double moveRate = !head && age >= 18 && age <= 35 ? 0.02 : 0.002;
        if (dice.chance(moveRate * timeline.eventYears())) {
            return new Fate(null, timeline.eventDay(dice));
        }
        return Fate.NONE;
    }

    private Death death() {
        LocalDate date = timeline.eventDay(dice);
        LocalDateTime civil = timeline.at(Timeline.after(date, 1, 15, dice), dice);
        LocalDateTime police = messer.draw(MessKind.DEATH_NOT_IN_POLICE)
                ? null
                : timeline.at(Timeline.after(civil.toLocalDate(), 1, 30, dice), dice);
        return new Death(date, civil, police);
    }

    private static double annualDeathRate(int age) {
        int band = 0;
        while (age >= AGE_LIMITS[band]) {
            band++;
        }
        return ANNUAL_DEATH_RATES[band];
    }
}
