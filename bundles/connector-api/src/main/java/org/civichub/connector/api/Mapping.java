package org.civichub.connector.api;

import java.util.List;
import java.util.Map;
import org.civichub.model.PersonFragment;
import org.civichub.model.Violation;

/**
 * The result of mapping a record: what it says about one or more persons, or the violations that
 * prevented reading it. The first person is the record's subject (the newborn of a birth record,
 * the recipient of an assistance case); the others are persons it also names (the mother and the
 * father). A fragment may still break Bean Validation constraints, which the hub checks next;
 * {@link #sourceField} names the record's field for a fragment property, so those violations can
 * name the field the department knows.
 */
public record Mapping(List<PersonFragment> persons, List<Violation> violations, Map<String, String> sourceField) {

    public Mapping {
        persons = List.copyOf(persons);
        violations = List.copyOf(violations);
        sourceField = Map.copyOf(sourceField);
        if (persons.isEmpty() == violations.isEmpty()) {
            throw new IllegalArgumentException("a mapping has either persons or violations");
        }
    }

    /** A record about one person. */
    public static Mapping of(PersonFragment subject, Map<String, String> sourceField) {
        return new Mapping(List.of(subject), List.of(), sourceField);
    }

    /** A record about its subject (first) and the other persons it names. */
    public static Mapping of(List<PersonFragment> persons, Map<String, String> sourceField) {
        return new Mapping(persons, List.of(), sourceField);
    }

    public static Mapping rejected(List<Violation> violations) {
        return new Mapping(List.of(), violations, Map.of());
    }

    public boolean isRejected() {
        return persons.isEmpty();
    }

    /** The person the record is about, or {@code null} when rejected. */
    public PersonFragment subject() {
        return persons.isEmpty() ? null : persons.get(0);
    }
}
