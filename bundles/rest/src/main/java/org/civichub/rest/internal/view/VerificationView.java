package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a department's question about one person: the fact, the answer ({@code yes} or
 * {@code no}, or for {@code household-members} the members), and its basis: the records it rests on.
 */
public record VerificationView(String fact, Object answer, List<Basis> basis) {

    public VerificationView {
        basis = List.copyOf(basis);
    }

    /** One record an answer rests on: its department, key (ID numbers masked) and update time. */
    public record Basis(String department, String recordKey, Instant time) {
    }

    /** A member of the household: name and relation to the head (GB/T 4761). */
    public record Member(String name, String relationToHead) {
    }
}
