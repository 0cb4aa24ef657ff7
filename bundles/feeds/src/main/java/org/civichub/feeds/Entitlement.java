package org.civichub.feeds;

import java.util.List;
import java.util.Objects;

/**
 * What one department is entitled to (准入清单): the kinds of change it hears of ({@link ChangeKind}),
 * the fields of a resident its events carry ({@link ResidentFields}), and the facts it may verify.
 */
public record Entitlement(String department, List<String> changes, List<String> fields, List<String> facts) {

    public Entitlement {
        Objects.requireNonNull(department, "department");
        changes = List.copyOf(changes);
        fields = List.copyOf(fields);
        facts = List.copyOf(facts);
    }
}
