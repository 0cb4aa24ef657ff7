package org.civichub.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Departments that disagree on one fact of a resident (数据打架): the field, the claim of every
 * department record that states it (the newest version of each record; agreeing ones included,
 * ordered by department and record), the pairs of departments with records whose claims differ,
 * each written {@code a/b} with the departments sorted, and the worker's decision that resolves it,
 * if one holds ({@code null} while the conflict is open).
 */
public record Conflict(String field, List<Claim> claims, List<String> pairs, Claim resolution) {

    /** The department of the hub's own records: the decisions of workers. */
    public static final String DECISIONS = "hub";

    public Conflict {
        Objects.requireNonNull(field, "field");
        claims = List.copyOf(claims);
        pairs = pairs.stream().sorted().distinct().toList();
    }

    public boolean isOpen() {
        return resolution == null;
    }

    /** The claims of the departments on {@code field}, by department and record; decisions are not among them. */
    public static List<Claim> on(String field, List<Claim> claims) {
        return claims.stream().filter(c -> c.field().equals(field) && !DECISIONS.equals(c.department()))
                .sorted(Comparator.comparing(Claim::department).thenComparing(c -> c.source().recordKey())).toList();
    }

    /** The newest decision on {@code field} among {@code claims}, or {@code null}. */
    public static Claim decision(String field, List<Claim> claims) {
        Claim newest = null;
        for (Claim c : claims) {
            if (c.field().equals(field) && DECISIONS.equals(c.department())
                    && (newest == null || c.source().isNewerThan(newest.source()))) {
                newest = c;
            }
        }
        return newest;
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
