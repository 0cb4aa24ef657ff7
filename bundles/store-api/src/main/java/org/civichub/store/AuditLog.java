package org.civichub.store;

/**
 * Records reads of personal data in a tamper-evident log: every entry carries a sequence number and
 * a keyed hash over its content and the previous entry's hash, so that deleting, reordering or
 * editing an entry anywhere breaks the chain. A read whose audit entry cannot be written must not be
 * served.
 */
public interface AuditLog {

    /** Stores the entry durably, chained after every entry before it, before returning. */
    void record(AuditEntry entry);

    /** Checks the whole chain, from the first entry to the last this hub wrote. */
    AuditVerification verify();
}
