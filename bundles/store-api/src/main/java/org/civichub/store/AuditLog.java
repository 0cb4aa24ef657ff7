package org.civichub.store;

/** Records reads of personal data. A read whose audit entry cannot be written must not be served. */
public interface AuditLog {

    /** Stores the entry durably before returning. */
    void record(AuditEntry entry);
}
