package org.civichub.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The hub's unified view of one person. Every field carries the source it was taken from; when
 * sources disagree the most recent one wins. {@link #sources()} lists every source record version
 * that contributed, in record-key order.
 */
public record Resident(
        String id,
        IdNumber idNumber,
        Sourced<String> name,
        Sourced<Sex> sex,
        Sourced<String> ethnicity,
        Sourced<LocalDate> birthDate,
        Sourced<String> householdNo,
        Sourced<String> relationToHead,
        Sourced<Address> registeredAddress,
        Sourced<Address> currentAddress,
        Sourced<PersonStatus> status,
        Sourced<ResidencePermit> residencePermit,
        List<Provenance> sources) {

    public Resident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        sources = List.copyOf(sources);
    }

    /** A resident with this id known so far only from one fragment. */
    public static Resident of(String id, PersonFragment f) {
        Resident empty = new Resident(id, f.idNumber(),
                null, null, null, null, null, null, null, null, null, null, List.of());
        return empty.merge(f);
    }

    /** This resident with what {@code f} says merged in; merging the same fragment twice changes nothing. */
    public Resident merge(PersonFragment f) {
        Provenance p = f.source();
        List<Provenance> merged = new ArrayList<>(sources);
        if (!merged.contains(p)) {
            merged.add(p);
            merged.sort(Comparator.comparing(Provenance::recordKey).thenComparing(Provenance::sourceVersion));
        }
        return new Resident(id, idNumber,
                Sourced.newer(name, sourced(f.name(), p)),
                Sourced.newer(sex, sourced(f.sex(), p)),
                Sourced.newer(ethnicity, sourced(f.ethnicity(), p)),
                Sourced.newer(birthDate, sourced(f.birthDate(), p)),
                Sourced.newer(householdNo, sourced(f.householdNo(), p)),
                Sourced.newer(relationToHead, sourced(f.relationToHead(), p)),
                Sourced.newer(registeredAddress, sourced(f.registeredAddress(), p)),
                Sourced.newer(currentAddress, sourced(f.currentAddress(), p)),
                Sourced.newer(status, sourced(f.status(), p)),
                Sourced.newer(residencePermit, sourced(f.residencePermit(), p)),
                merged);
    }

    private static <T> Sourced<T> sourced(T value, Provenance p) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        return new Sourced<>(value, p);
    }
}
