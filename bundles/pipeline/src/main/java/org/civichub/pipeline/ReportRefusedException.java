package org.civichub.pipeline;

import java.util.List;
import org.civichub.model.Violation;

/** A report the hub did not take: every field that broke a rule, and which rule. */
public final class ReportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ReportRefusedException(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(v -> v.field() + " (" + v.rule() + "): " + v.message()).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
