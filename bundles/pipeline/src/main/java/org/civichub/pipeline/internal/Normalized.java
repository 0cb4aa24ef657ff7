package org.civichub.pipeline.internal;

import java.util.List;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/**
 * A source record after mapping and validation: the valid fragments about the persons it names
 * (its subject first), or the violations that hold it back; {@code findings} are the data-quality
 * findings of a valid record as {@code <property>:<rule>}.
 */
record Normalized(SourceRecord record, List<PersonFragment> persons, List<Violation> violations,
                  List<String> findings) {

    Normalized {
        persons = List.copyOf(persons);
        violations = List.copyOf(violations);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    Normalized(SourceRecord record, List<PersonFragment> persons, List<Violation> violations) {
        this(record, persons, violations, List.of());
    }

    static Normalized held(SourceRecord record, List<Violation> violations) {
        return new Normalized(record, List.of(), violations);
    }

    boolean isValid() {
        return violations.isEmpty();
    }

    /** Whether the record's subject can be linked to a resident now; a valid record's subject always exists. */
    boolean isLinked() {
        return isValid() && persons.get(0).isLinkable();
    }

    /** The fragments that can be linked to a resident, the subject's first when it can. */
    List<PersonFragment> linkable() {
        return persons.stream().filter(PersonFragment::isLinkable).toList();
    }
}
