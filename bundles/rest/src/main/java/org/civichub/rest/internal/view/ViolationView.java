package org.civichub.rest.internal.view;

/** A rule a quarantined record breaks: the source field, the rule code, the value and a message. */
public record ViolationView(String field, String rule, String value, String message) {
}
