package org.civichub.rest.internal.view;

import java.util.List;

/**
 * Departments that disagree on one fact of a resident: {@code kind} is the field (for example
 * {@code status}), {@code pairs} the pairs of departments that disagree as {@code ?departments=}
 * takes them (for example {@code civil/police}), and {@code values} each department's newest claim,
 * agreeing ones included.
 */
public record ConflictView(String kind, List<String> pairs, List<ClaimView> values) {

    public ConflictView {
        pairs = List.copyOf(pairs);
        values = List.copyOf(values);
    }
}
