package org.civichub.store.elasticsearch.internal.document;

import java.util.List;
import org.civichub.model.Claim;
import org.civichub.model.Conflict;

/**
 * The stored form of a {@link Conflict}: the field, the pairs of departments that disagree, and the
 * position of the deciding claim among the resident's claims ({@code null} while open). The claims
 * of the departments are the resident's own.
 */
public record ConflictDoc(String field, List<String> pairs, Integer resolution) {

    static ConflictDoc of(Conflict c, List<Claim> claims) {
        return new ConflictDoc(c.field(), c.pairs(), c.resolution() == null ? null : claims.indexOf(c.resolution()));
    }

    Conflict toConflict(List<Claim> claims) {
        Claim decision = resolution == null || resolution < 0 || resolution >= claims.size() ? null : claims.get(resolution);
        return new Conflict(field, Conflict.on(field, claims), pairs == null ? List.of() : pairs, decision);
    }
}
