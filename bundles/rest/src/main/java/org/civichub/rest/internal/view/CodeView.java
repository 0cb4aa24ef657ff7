package org.civichub.rest.internal.view;

/** A coded value (sex, ethnicity, relation, status) with its label, {@code null} when unknown. */
public record CodeView(String code, String label) {
}
