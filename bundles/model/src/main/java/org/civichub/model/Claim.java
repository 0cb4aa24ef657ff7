package org.civichub.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one source record says about one fact of a person that departments can disagree on: the
 * field, its value as canonical text, and the source. A department claims a sex and a birth date
 * also through the ID number it gives; police claims a marriage through a spouse's relation code,
 * health through its marital status. The address claimed is where the person lives now (现住址),
 * as the record writes it.
 */
public record Claim(String field, String value, Provenance source) {

    public static final String NAME = "name";
    public static final String SEX = "sex";
    public static final String BIRTH_DATE = "birthDate";
    public static final String STATUS = "status";
    public static final String MARITAL = "marital";
    public static final String ADDRESS = "address";

    /** The fields claims are kept for, in the order conflicts are listed. */
    public static final List<String> FIELDS = List.of(NAME, SEX, BIRTH_DATE, STATUS, MARITAL, ADDRESS);

    /** The marital status a spouse's relation to the head (GB/T 4761 10, 11, 12) states. */
    static final String MARRIED = "已婚";
    private static final Set<String> SPOUSE = Set.of("10", "11", "12");

    public Claim {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    public String department() {
        return source.department();
    }

    /** The claims of one fragment. */
    public static List<Claim> of(PersonFragment f) {
        List<Claim> out = new ArrayList<>();
        Provenance p = f.source();
        add(out, NAME, f.name() == null ? null : f.name().strip(), p);
        Sex sex = f.sex() == Sex.MALE || f.sex() == Sex.FEMALE ? f.sex() : f.idNumber() == null ? null : f.idNumber().sex();
        add(out, SEX, sex == null ? null : sex.code(), p);
        add(out, BIRTH_DATE, f.birthDate() != null ? f.birthDate().toString()
                : f.idNumber() == null ? null : f.idNumber().birthDate().toString(), p);
        add(out, STATUS, f.status() == null ? null : f.status().code(), p);
        String marital = f.tags().stream().filter(t -> t.kind() == TagKind.MARITAL && t.detail() != null)
                .map(Tag::detail).findFirst().orElse(isSpouse(f.relationToHead()) ? MARRIED : null);
        add(out, MARITAL, marital, p);
        add(out, ADDRESS, f.currentAddress() == null ? null : f.currentAddress().text(), p);
        return out;
    }

    private static boolean isSpouse(String relation) {
        return relation != null && SPOUSE.contains(relation.strip());
    }

    private static void add(List<Claim> out, String field, String value, Provenance p) {
        if (value != null && !value.isBlank()) {
            out.add(new Claim(field, value, p));
        }
    }
}
