package org.civichub.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which department's value a resident keeps for each field when departments disagree: the first
 * department of the field's list wins over the next, and any listed one over an unlisted one;
 * between equals the more recent value wins. A field without a list is decided by recency alone. A
 * worker's decision ({@value Conflict#DECISIONS}) wins over every department.
 * Disagreements stay visible as {@link Conflict conflicts} whichever value survives.
 */
public record Survivorship(Map<String, List<String>> priorities) {

    /** The fields a priority can be given for. */
    public static final Set<String> FIELDS = Set.of("name", "sex", "ethnicity", "birthDate", "household",
            "registeredAddress", "currentAddress", "status", "residencePermit");

    /** The prefix of a survivorship key in configuration, e.g. {@code survivorship.status = civil,police}. */
    public static final String PREFIX = "survivorship.";

    private static final List<String> POLICE = List.of("police");

    /**
     * Police for identity and the household register; for the status civil affairs, which records
     * deaths, then the community office, which reports deaths and moves as they happen, then police;
     * the current address and the residence permit by recency.
     */
    public static final Survivorship DEFAULT = new Survivorship(Map.of(
            "name", POLICE, "sex", POLICE, "ethnicity", POLICE, "birthDate", POLICE, "household", POLICE,
            "registeredAddress", POLICE, "status", List.of("civil", "community", "police")));

    public Survivorship {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        priorities.forEach((field, departments) -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown survivorship field '" + field + "', expected one of "
                        + FIELDS.stream().sorted().toList());
            }
            copy.put(field, List.copyOf(departments));
        });
        priorities = Map.copyOf(copy);
    }

    /**
     * The default policy with the fields that configuration properties name given their own order:
     * each key {@value #PREFIX}{@code <field>}, each value departments separated by commas (empty for
     * recency alone). Other keys are ignored.
     *
     * @throws IllegalArgumentException for a field that has no survivorship
     */
    public static Survivorship parse(Map<String, ?> properties) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            List<String> departments = new ArrayList<>();
            for (String d : String.valueOf(value).split(",")) {
                if (!d.isBlank()) {
                    departments.add(d.strip());
                }
            }
            out.put(key.substring(PREFIX.length()), departments);
        });
        Map<String, List<String>> merged = new LinkedHashMap<>(DEFAULT.priorities);
        merged.putAll(out);
        return new Survivorship(merged);
    }

    /** The survivor of two values of one field, either of which may be {@code null}. */
    <T> Sourced<T> pick(String field, Sourced<T> a, Sourced<T> b) {
        if (a != null && b != null) {
            int ra = rank(field, a.source().department());
            int rb = rank(field, b.source().department());
            if (ra != rb) {
                return ra < rb ? a : b;
            }
        }
        return Sourced.newer(a, b);
    }

    private int rank(String field, String department) {
        if (Conflict.DECISIONS.equals(department)) {
            return -1;
        }
        List<String> order = priorities.getOrDefault(field, List.of());
        int i = order.indexOf(department);
        return i < 0 ? order.size() : i;
    }
}
