package org.civichub.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Departments that disagree on one fact of a resident (数据打架): the field, the claim of every
 * source record that states it (the newest version of each record; agreeing ones included, ordered
 * by department and record), and the pairs of departments with records whose claims differ, each
 * written {@code a/b} with the departments sorted.
 */
public record Conflict(String field, List<Claim> claims, List<String> pairs) {

    public Conflict {
        Objects.requireNonNull(field, "field");
        claims = List.copyOf(claims);
        pairs = pairs.stream().sorted().distinct().toList();
    }

    /** The claims on {@code field}, by department and record. */
    public static List<Claim> on(String field, List<Claim> claims) {
        return claims.stream().filter(c -> c.field().equals(field))
                .sorted(Comparator.comparing(Claim::department).thenComparing(c -> c.source().recordKey())).toList();
    }

    /** The pair of two departments as conflicts write it: sorted, joined with {@code /}. */
    public static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    /** The search terms of this conflict: its field with each pair, e.g. {@code status:civil/police}. */
    public List<String> terms() {
        return pairs.stream().map(p -> field + ":" + p).toList();
    }
}
