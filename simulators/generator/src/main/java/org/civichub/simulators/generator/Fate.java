package org.civichub.simulators.generator;

import java.time.LocalDate;

/**
 * What happens to a resident during the period: at most one of dying or moving the hukou away.
 *
 * @param death    the death, or {@code null}
 * @param movedOut the day the hukou moved out of the district (RYZT 2), or {@code null}
 */
record Fate(Death death, LocalDate movedOut) {

    static final Fate NONE = new Fate(null, null);

    /** Whether the person is still here (alive, not moved out) on {@code day}. */
    boolean presentOn(LocalDate day) {
        return (death == null || day.isBefore(death.date())) && (movedOut == null || day.isBefore(movedOut));
    }
}
