package org.civichub.store.elasticsearch.internal.document;

import java.util.List;
import org.civichub.model.Claim;
import org.civichub.model.Provenance;

/**
 * The stored form of a {@link Claim}: its source is the position of its provenance in the resident's
 * sources, which always hold it, so a claim costs a few bytes.
 */
public record ClaimDoc(String field, String value, int source) {

    static ClaimDoc of(Claim c, List<Provenance> sources) {
        int i = sources.indexOf(c.source());
        if (i < 0) {
            throw new IllegalStateException("a claim's source is not among the resident's sources: " + c.source());
        }
        return new ClaimDoc(c.field(), c.value(), i);
    }

    Claim toClaim(List<Provenance> sources) {
        if (source < 0 || source >= sources.size()) {
            throw new IllegalStateException("stored claim on " + field + " names source " + source + " of " + sources.size());
        }
        return new Claim(field, value, sources.get(source));
    }
}
