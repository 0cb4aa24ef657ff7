package org.civichub.rest.internal.view;

/**
 * What one department says in a conflict: the value as the department states it (a code, a date,
 * a name; dates down to the year unless ID numbers are revealed), its label where it is a code, and
 * its source.
 */
public record ClaimView(String value, String label, SourceView source) {
}
