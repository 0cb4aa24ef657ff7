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
 * name the field the department knows. {@link #findings} are broken rules that did not stop the
 * record (a birth date field that is no date, when the ID number gives the date): the record flows,
 * and each is kept as a data-quality finding against its source.
 */
public record Mapping(List<PersonFragment> persons, List<Violation> violations, Map<String, String> sourceField,
                      List<Violation> findings) {

    public Mapping {
        persons = List.copyOf(persons);
        violations = List.copyOf(violations);
        sourceField = Map.copyOf(sourceField);
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (persons.isEmpty() == violations.isEmpty()) {
            throw new IllegalArgumentException("a mapping has either persons or violations");
        }
    }

    public Mapping(List<PersonFragment> persons, List<Violation> violations, Map<String, String> sourceField) {
        this(persons, violations, sourceField, List.of());
    }

    /** This mapping with broken rules that do not stop the record. */
    public Mapping withFindings(List<Violation> newFindings) {
        return new Mapping(persons, violations, sourceField, newFindings);
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
