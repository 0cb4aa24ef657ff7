package org.civichub.resolver;

import java.util.ArrayList;
import java.util.List;
import org.civichub.model.Claim;
import org.civichub.model.Conflict;
import org.civichub.textzh.ChineseText;

/**
 * Judges which facts of a resident departments disagree on (数据打架): a field is in conflict when
 * records of two departments claim different values (each record by its newest version), and each
 * such pair of departments is named. One department's records that disagree among themselves are
 * no conflict between departments. A worker's decision on the field resolves the conflict for as
 * long as no department states another value after it. Names differ only when they are not the same name in
 * simplified characters without spaces and middle dots: a traditional character or a missing dot
 * is how a department writes, not what it says (the resolver weighs those as a name variant).
 * Addresses differ only when they name different dwellings: {@code 5栋2单元301室} and
 * {@code 5-2-301} are one, and an address without road, number or room differs from none.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** The conflicts among {@code claims}, in the order of {@link Claim#FIELDS}. */
    public static List<Conflict> of(List<Claim> claims) {
        List<Conflict> out = new ArrayList<>();
        for (String field : Claim.FIELDS) {
            List<Claim> on = Conflict.on(field, claims);
            List<String> values = on.stream().map(c -> comparable(field, c.value())).toList();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < on.size(); i++) {
                for (int j = i + 1; j < on.size(); j++) {
                    Claim a = on.get(i);
                    Claim b = on.get(j);
                    if (!a.department().equals(b.department()) && differ(values.get(i), values.get(j))) {
                        pairs.add(Conflict.pair(a.department(), b.department()));
                    }
                }
            }
            if (!pairs.isEmpty()) {
                out.add(new Conflict(field, on, pairs, holding(field, Conflict.decision(field, claims), on)));
            }
        }
        return out;
    }

    /** The decision, unless a department claimed another value after it. */
    private static Claim holding(String field, Claim decision, List<Claim> on) {
        if (decision == null) {
            return null;
        }
        String decided = comparable(field, decision.value());
        boolean contradicted = on.stream().anyMatch(c -> c.source().isNewerThan(decision.source())
                && differ(comparable(field, c.value()), decided));
        return contradicted ? null : decision;
    }

    /** Two comparable values differ when both are known and not equal. */
    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * A value as it is compared: a name in simplified characters without spaces and dots; an address
     * as its dwelling (road, number, building, unit, room) however it is written, or {@code null}
     * (unknown, agreeing with any) when the text does not name road, number and room.
     */
    static String comparable(String field, String value) {
        return switch (field) {
            case Claim.NAME -> ChineseText.toSimplified(ChineseText.normalizeName(value))
                    .replace(String.valueOf(ChineseText.NAME_DOT), "");
            case Claim.ADDRESS -> AddressParts.parse(value).dwellingKey();
            default -> value;
        };
    }
}
