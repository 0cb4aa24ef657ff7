package org.civichub.rest.internal.problem;

/** One bad input value: the parameter, the rule it breaks and the value as given. */
public record FieldError(String field, String rule, String value) {
}
