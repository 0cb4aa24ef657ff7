package org.civichub.store.elasticsearch.internal.document;

import org.civichub.model.Violation;

/** The stored form of a {@link Violation}. */
public record ViolationDoc(String field, String rule, String value, String message) {

    public static ViolationDoc of(Violation v) {
        return new ViolationDoc(v.field(), v.rule(), v.value(), v.message());
    }

    public Violation toViolation() {
        return new Violation(field, rule, value, message);
    }
}
