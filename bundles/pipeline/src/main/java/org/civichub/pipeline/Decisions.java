package org.civichub.pipeline;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Workers' decisions, recorded as the hub's own source records (department
 * {@value org.civichub.model.Conflict#DECISIONS}, type {@code decision}) that go through the same
 * intake as every department's: kept as received with who decided, when and why, and merged into
 * the resident they name.
 */
@ProviderType
public interface Decisions {

    /**
     * Resolves a conflict: the resident keeps {@code value} for {@code field} whatever the
     * departments' priority, until a department states another value after the decision.
     *
     * @param field  a field of {@link org.civichub.model.Claim#FIELDS}
     * @param value  the value as claims write it (a sex or status code, an ISO date, a name, a marital status)
     * @return the record key of the decision
     * @throws DecisionRefusedException when the decision is not valid or names no resident; the
     *         message says which field broke which rule
     */
    String resolveConflict(String residentId, String field, String value, String reason, String user);
}
