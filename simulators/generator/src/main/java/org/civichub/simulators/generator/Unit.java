package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.util.List;

/** A group of people living together: a registered household or a group of floating population. */
sealed interface Unit permits Household, FloatingGroup {

    List<Resident> residents();

    /** Where the group lives on the given day. */
    HomeAddress residenceOn(LocalDate day);

    /** Residents present at the start of the period, babies born later not counted. */
    default int sizeAtStart() {
        return (int) residents().stream().filter(r -> !r.newborn()).count();
    }
}
