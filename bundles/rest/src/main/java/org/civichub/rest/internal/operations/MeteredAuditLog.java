package org.civichub.rest.internal.operations;

import org.civichub.metrics.Counter;
import org.civichub.metrics.Labels;
import org.civichub.metrics.Metrics;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;

/** An audit log whose written and failed entries are counted in the hub's metrics. */
public final class MeteredAuditLog implements AuditLog {

    private final AuditLog log;
    private final Counter written;
    private final Counter failed;

    public MeteredAuditLog(AuditLog log, Metrics metrics) {
        this.log = log;
        this.written = metrics.counter("civichub_audit_writes_total", "Audit entries written", Labels.NONE);
        this.failed = metrics.counter("civichub_audit_write_failures_total",
                "Audit entries that could not be written (their reads were refused)", Labels.NONE);
    }

    @Override
    public void record(AuditEntry entry) {
        try {
            log.record(entry);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        written.increment();
    }

    @Override
    public AuditVerification verify() {
        return log.verify();
    }
}
