package org.civichub.pipeline.internal;

import java.util.List;
import org.civichub.model.PersonFragment;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;

/** A source record after mapping and validation: a valid fragment, or the violations that hold it back. */
record Normalized(SourceRecord record, PersonFragment fragment, List<Violation> violations) {

    Normalized {
        violations = List.copyOf(violations);
    }

    boolean isValid() {
        return violations.isEmpty();
    }
}
