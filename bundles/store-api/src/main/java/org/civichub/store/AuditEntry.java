package org.civichub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One read of personal data: who read, what they asked, which residents they were shown, and
 * whether full ID numbers were shown.
 */
public record AuditEntry(
        Instant at,
        String user,
        String action,
        String query,
        List<String> residentIds,
        boolean fullIdNumbers) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        residentIds = List.copyOf(residentIds);
    }
}
