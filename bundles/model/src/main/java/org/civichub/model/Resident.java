package org.civichub.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The hub's unified view of one person. Every field carries the source it was taken from. When
 * sources disagree on an identity or register field (name, sex, ethnicity, birth date, household,
 * registered address, status) the register ({@value #REGISTER}) wins over other departments and
 * among equals the most recent one wins; for the current address and the residence permit the most
 * recent one wins. {@link #tags()} holds the tags of the newest version of every source record,
 * ordered by kind and record. {@link #sources()} lists every source record
 * version that contributed, in record-key order. The {@link #idNumber() ID number} is optional (a
 * newborn known only from a birth record has none); the register's number wins over the first one
 * another department gave. {@link #writtenId()} is the first ID a source wrote that was not a valid
 * number, kept as evidence for linking.
 */
public record Resident(
        String id,
        IdNumber idNumber,
        String writtenId,
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
        List<Sourced<Tag>> tags,
        List<Provenance> sources) {

    /** The department whose identity and register facts win over those of the others. */
    public static final String REGISTER = "police";


    public Resident {
        Objects.requireNonNull(id, "id");
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A resident with this id known so far only from one fragment. */
    public static Resident of(String id, PersonFragment f) {
        Resident empty = new Resident(id, f.idNumber(), null,
                null, null, null, null, null, null, null, null, null, null, List.of(), List.of());
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
        return new Resident(id, f.idNumber() != null && (idNumber == null || isRegister(p)) ? f.idNumber() : idNumber,
                writtenId != null ? writtenId : f.writtenId(),
                pick(name, sourced(f.name(), p)),
                pick(sex, sourced(f.sex(), p)),
                pick(ethnicity, sourced(f.ethnicity(), p)),
                pick(birthDate, sourced(f.birthDate(), p)),
                pick(householdNo, sourced(f.householdNo(), p)),
                pick(relationToHead, sourced(f.relationToHead(), p)),
                pick(registeredAddress, sourced(f.registeredAddress(), p)),
                Sourced.newer(currentAddress, sourced(f.currentAddress(), p)),
                pick(status, sourced(f.status(), p)),
                Sourced.newer(residencePermit, sourced(f.residencePermit(), p)),
                mergeTags(f.tags(), p),
                merged);
    }

    /**
     * The tags with those of one fragment: a record's newest version states all its facts, so its
     * tags replace every tag an older version of the same record gave (also when it gives none).
     */
    private List<Sourced<Tag>> mergeTags(List<Tag> incoming, Provenance p) {
        boolean superseded = sources.stream().anyMatch(s -> s.recordKey().equals(p.recordKey()) && s.isNewerThan(p));
        List<Sourced<Tag>> sameRecord = tags.stream().filter(t -> t.source().recordKey().equals(p.recordKey())).toList();
        if (superseded || sameRecord.isEmpty() && incoming.isEmpty()) {
            return tags;
        }
        List<Sourced<Tag>> merged = new ArrayList<>(tags);
        merged.removeAll(sameRecord);
        incoming.forEach(t -> merged.add(new Sourced<>(t, p)));
        merged.sort(Comparator.comparing((Sourced<Tag> t) -> t.value().kind())
                .thenComparing(t -> t.source().recordKey()));
        return merged;
    }

    /** The register's value over any other department's; between equals, the newer. */
    private static <T> Sourced<T> pick(Sourced<T> a, Sourced<T> b) {
        if (a != null && b != null && isRegister(a) != isRegister(b)) {
            return isRegister(a) ? a : b;
        }
        return Sourced.newer(a, b);
    }

    private static boolean isRegister(Sourced<?> s) {
        return isRegister(s.source());
    }

    private static boolean isRegister(Provenance p) {
        return REGISTER.equals(p.department());
    }

    private static <T> Sourced<T> sourced(T value, Provenance p) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        return new Sourced<>(value, p);
    }
}
