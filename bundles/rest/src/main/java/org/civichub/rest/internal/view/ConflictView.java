package org.civichub.rest.internal.view;

import java.util.List;

/**
 * Departments that disagree on one fact of a resident: {@code kind} is the field (for example
 * {@code status}), {@code pairs} the pairs of departments that disagree as {@code ?departments=}
 * takes them (for example {@code civil/police}), {@code values} each department record's claim,
 * agreeing ones included, and {@code resolution} the worker's decision that holds ({@code null}
 * while the conflict is open; its source is the decision record, department {@code hub}).
 */
public record ConflictView(String kind, List<String> pairs, List<ClaimView> values, ResolutionView resolution) {

    public ConflictView {
        pairs = List.copyOf(pairs);
        values = List.copyOf(values);
    }
}
