package org.civichub.connector.api;

import java.util.List;
import java.util.Map;
import org.civichub.model.PersonFragment;
import org.civichub.model.Violation;

/**
 * The result of mapping a record: a fragment, or the violations that prevented one. A fragment may
 * still break Bean Validation constraints, which the hub checks next; {@link #sourceField} names the
 * record's field for a fragment property, so those violations can name the field the department
 * knows.
 */
public record Mapping(PersonFragment fragment, List<Violation> violations, Map<String, String> sourceField) {

    public Mapping {
        violations = List.copyOf(violations);
        sourceField = Map.copyOf(sourceField);
        if ((fragment == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a mapping has either a fragment or violations");
        }
    }

    public static Mapping of(PersonFragment fragment, Map<String, String> sourceField) {
        return new Mapping(fragment, List.of(), sourceField);
    }

    public static Mapping rejected(List<Violation> violations) {
        return new Mapping(null, violations, Map.of());
    }

    public boolean isRejected() {
        return fragment == null;
    }
}
