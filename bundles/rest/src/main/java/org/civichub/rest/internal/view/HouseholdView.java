package org.civichub.rest.internal.view;

/** The resident's household: its id, the household number and the relation to the head, with sources. */
public record HouseholdView(String id, FieldView<String> householdNo, FieldView<CodeView> relationToHead) {
}
