package org.civichub.store;

import java.time.LocalDate;
import org.civichub.model.Address;
import org.civichub.model.IdNumber;
import org.civichub.model.Resident;
import org.civichub.model.Sex;

/**
 * What the resolver compares of a stored resident, read without the rest of it (provenance, claims,
 * conflicts, tags): the values that won for its ID, name, sex, birth date and addresses, and whether
 * it was merged into another. Every field but the id may be {@code null}.
 */
public record ResidentIdentity(String id, IdNumber idNumber, String writtenId, String name, Sex sex,
                               LocalDate birthDate, Address registeredAddress, Address currentAddress,
                               boolean merged) {

    /** The identity of a whole resident. */
    public static ResidentIdentity of(Resident r) {
        return new ResidentIdentity(r.id(), r.idNumber(), r.writtenId(), value(r.name()), value(r.sex()),
                value(r.birthDate()), value(r.registeredAddress()), value(r.currentAddress()), r.isMerged());
    }

    private static <T> T value(org.civichub.model.Sourced<T> s) {
        return s == null ? null : s.value();
    }
}
