package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered household (户): its number (户号), its registered dwelling, where it actually lives
 * (usually the same) and its members, head first.
 *
 * @param relocation a move within the district during the period, or {@code null}
 */
record Household(String number, HomeAddress registered, HomeAddress residence, Relocation relocation,
                 List<Resident> residents) implements Unit {

    Household {
        residents = List.copyOf(residents);
    }

    /** The registered dwelling (HJDZ) on the given day. */
    HomeAddress registeredOn(LocalDate day) {
        return relocation != null && !day.isBefore(relocation.day()) ? relocation.address() : registered;
    }

    @Override
    public HomeAddress residenceOn(LocalDate day) {
        return relocation != null && !day.isBefore(relocation.day()) ? relocation.address() : residence;
    }
}
