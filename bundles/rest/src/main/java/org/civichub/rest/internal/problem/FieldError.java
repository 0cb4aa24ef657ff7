package org.civichub.rest.internal.problem;

import org.civichub.model.DateMask;
import org.civichub.model.IdMask;

/**
 * One bad input value: the parameter, the rule it breaks and the value as given, with anything
 * like an ID number or a date masked (a problem detail is an answer like any other).
 */
public record FieldError(String field, String rule, String value) {

    public FieldError {
        value = DateMask.mask(IdMask.mask(value));
    }
}
