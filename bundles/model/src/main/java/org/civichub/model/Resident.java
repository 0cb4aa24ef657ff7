package org.civichub.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The hub's unified view of one person. Every field carries the source it was taken from. When
 * sources disagree on a field, the {@link Survivorship} policy picks the value that survives (by
 * default police for identity and register fields, civil affairs before police for the status,
 * recency for the current address and the residence permit). {@link #claims()} keeps what the newest
 * version of every source record says about the facts departments disagree on, and
 * {@link #conflicts()} the disagreements as the hub last judged them ({@link #withConflicts}).
 * {@link #tags()} holds the tags of the newest version of every source record,
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
        List<Provenance> sources,
        List<Claim> claims,
        List<Conflict> conflicts,
        Merged merged) {

    /**
     * A resident that turned out to be another one ({@code into}): who merged it, when and why. It
     * keeps what it was, so an unmerge can restore it, but is found by no search; whatever names it
     * (a link, a key, a decision) reaches {@code into} instead.
     */
    public record Merged(String into, String user, Instant at, String reason) {
        public Merged {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The department whose identity and register facts win over those of the others. */
    public static final String REGISTER = "police";


    public Resident {
        Objects.requireNonNull(id, "id");
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = List.copyOf(sources);
        claims = claims == null ? List.of() : List.copyOf(claims);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** A resident with this id known so far only from one fragment. */
    public static Resident of(String id, PersonFragment f) {
        Resident empty = new Resident(id, f.idNumber(), null,
                null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
        return empty.merge(f);
    }

    /** A resident with this id known so far only from one fragment, merged by {@code policy}. */
    public static Resident of(String id, PersonFragment f, Survivorship policy) {
        return new Resident(id, f.idNumber(), null, null, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null).merge(f, policy);
    }

    /** This resident with what {@code f} says merged in by the default policy. */
    public Resident merge(PersonFragment f) {
        return merge(f, Survivorship.DEFAULT);
    }

    /**
     * This resident with what {@code f} says merged in, values surviving by {@code policy}; merging
     * the same fragment twice changes nothing. The conflicts are kept as they were.
     */
    public Resident merge(PersonFragment f, Survivorship policy) {
        Provenance p = f.source();
        List<Provenance> allSources = new ArrayList<>(sources);
        if (!allSources.contains(p)) {
            allSources.add(p);
            allSources.sort(Comparator.comparing(Provenance::recordKey).thenComparing(Provenance::sourceVersion));
        }
        return new Resident(id, f.idNumber() != null && (idNumber == null || isRegister(p)) ? f.idNumber() : idNumber,
                writtenId != null ? writtenId : f.writtenId(),
                policy.pick("name", name, sourced(f.name(), p)),
                policy.pick("sex", sex, sourced(f.sex(), p)),
                policy.pick("ethnicity", ethnicity, sourced(f.ethnicity(), p)),
                policy.pick("birthDate", birthDate, sourced(f.birthDate(), p)),
                policy.pick("household", householdNo, sourced(f.householdNo(), p)),
                policy.pick("household", relationToHead, sourced(f.relationToHead(), p)),
                policy.pick("registeredAddress", registeredAddress, sourced(f.registeredAddress(), p)),
                policy.pick("currentAddress", currentAddress, sourced(f.currentAddress(), p)),
                policy.pick("status", status, sourced(f.status(), p)),
                policy.pick("residencePermit", residencePermit, sourced(f.residencePermit(), p)),
                mergeTags(f.tags(), p),
                allSources,
                mergeClaims(Claim.of(f), p),
                conflicts,
                merged);
    }

    /** This resident with the conflicts between its claims as judged now. */
    public Resident withConflicts(List<Conflict> judged) {
        return new Resident(id, idNumber, writtenId, name, sex, ethnicity, birthDate, householdNo, relationToHead,
                registeredAddress, currentAddress, status, residencePermit, tags, sources, claims, judged, merged);
    }

    /** This resident merged into another ({@code null}: restored as a resident of its own). */
    public Resident withMerged(Merged newMerged) {
        return new Resident(id, idNumber, writtenId, name, sex, ethnicity, birthDate, householdNo, relationToHead,
                registeredAddress, currentAddress, status, residencePermit, tags, sources, claims, conflicts, newMerged);
    }

    /**
     * Whether this resident shows what the record version {@code cause} says (or a newer version of
     * that record says): a change caused by it has been stored with the resident.
     */
    public boolean reflects(Provenance cause) {
        return sources.stream().anyMatch(s -> s.recordKey().equals(cause.recordKey()) && !cause.isNewerThan(s));
    }

    /** Whether this resident was merged into another and lives on only as that one. */
    public boolean isMerged() {
        return merged != null;
    }

    /**
     * The claims with those of one fragment: like its tags, a record's newest version replaces the
     * claims of its older ones.
     */
    private List<Claim> mergeClaims(List<Claim> incoming, Provenance p) {
        if (superseded(p)) {
            return claims;
        }
        List<Claim> merged = new ArrayList<>(claims);
        merged.removeIf(c -> c.source().recordKey().equals(p.recordKey()));
        merged.addAll(incoming);
        merged.sort(Comparator.comparing((Claim c) -> Claim.FIELDS.indexOf(c.field()))
                .thenComparing(c -> c.source().recordKey()));
        return merged;
    }

    private boolean superseded(Provenance p) {
        return sources.stream().anyMatch(s -> s.recordKey().equals(p.recordKey()) && s.isNewerThan(p));
    }

    /**
     * The tags with those of one fragment: a record's newest version states all its facts, so its
     * tags replace every tag an older version of the same record gave (also when it gives none).
     */
    private List<Sourced<Tag>> mergeTags(List<Tag> incoming, Provenance p) {
        boolean superseded = superseded(p);
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
