package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The period a dataset covers, split in two phases so that versions of one record always have
 * increasing times: first versions appear in the first quarter (the departments' existing records
 * being loaded or touched), changes and events in the rest. Events end {@value #EVENT_MARGIN_DAYS}
 * days before the end so that their follow-ups (a police update after a death, a registration after
 * a birth) still fall inside the period. All times are office hours, 08:30 to 17:30, China time.
 */
final class Timeline {

    static final int EVENT_MARGIN_DAYS = 45;
    private static final int OFFICE_OPENS = 8 * 3600 + 1800;
    private static final int OFFICE_SECONDS = 9 * 3600;

    private final LocalDate start;
    private final LocalDate changesFrom;
    private final LocalDate lastEventDay;

    Timeline(LocalDate start, LocalDate end) {
        this.start = start;
        this.changesFrom = start.plusDays(ChronoUnit.DAYS.between(start, end) / 4);
        this.lastEventDay = end.minusDays(EVENT_MARGIN_DAYS);
    }

    LocalDate start() {
        return start;
    }

    LocalDate changesFrom() {
        return changesFrom;
    }

    LocalDate lastEventDay() {
        return lastEventDay;
    }

    /** A time in the first phase, for the first version of an existing record. */
    LocalDateTime initial(Dice dice) {
        return at(start.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(start, changesFrom) - 1)), dice);
    }

    /** A day in the second phase on which an event (death, birth, move, change) happens. */
    LocalDate eventDay(Dice dice) {
        return changesFrom.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(changesFrom, lastEventDay)));
    }

    /** Length of the second phase in years, to turn annual rates into probabilities. */
    double eventYears() {
        return (ChronoUnit.DAYS.between(changesFrom, lastEventDay) + 1) / 365.25;
    }

    /** A random office-hours time on the given day. */
    LocalDateTime at(LocalDate day, Dice dice) {
        return day.atStartOfDay().plusSeconds(OFFICE_OPENS + dice.between(0, OFFICE_SECONDS - 1));
    }

    /** A day before {@code before} and not before {@code notBefore}, or the day before {@code before}. */
    static LocalDate sometimeBefore(LocalDate before, LocalDate notBefore, Dice dice) {
        long span = ChronoUnit.DAYS.between(notBefore, before);
        return span <= 1 ? before.minusDays(1) : before.minusDays(dice.between(1, (int) span));
    }

    /** A day {@code min} to {@code max} days after {@code day}. */
    static LocalDate after(LocalDate day, int min, int max, Dice dice) {
        return day.plusDays(dice.between(min, max));
    }
}
