package org.civichub.connector.generic.internal.mapping;

import java.util.Objects;

/** One line of a mapping: the target, the expression that makes its value, and the line it is on. */
public record MappingRule(Target target, Expression expression, int line) {

    public MappingRule {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(expression, "expression");
    }
}
