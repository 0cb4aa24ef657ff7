package org.civichub.model;

import java.util.Objects;

/**
 * Why a source record was held back: which field of the source record, which rule it breaks (a
 * stable code such as {@code id.checkCharacter}), the offending value and a readable message.
 */
public record Violation(String field, String rule, String value, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        value = value == null ? "" : value;
        message = message == null ? "" : message;
    }
}
