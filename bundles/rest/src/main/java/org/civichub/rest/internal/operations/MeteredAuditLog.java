package org.civichub.rest.internal.operations;

import org.civichub.metrics.Counter;
import org.civichub.metrics.Labels;
import org.civichub.metrics.Metrics;
import org.civichub.metrics.Timer;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;

/**
 * An audit log whose written and failed entries are counted in the hub's metrics, and timed: how long
 * each read waited for its own entry to be written (the wait every answer pays).
 */
public final class MeteredAuditLog implements AuditLog {

    private final AuditLog log;
    private final Counter written;
    private final Counter failed;
    private final Timer waited;

    public MeteredAuditLog(AuditLog log, Metrics metrics) {
        this.log = log;
        this.written = metrics.counter("civichub_audit_writes_total", "Audit entries written", Labels.NONE);
        this.failed = metrics.counter("civichub_audit_write_failures_total",
                "Audit entries that could not be written (their reads were refused)", Labels.NONE);
        this.waited = metrics.timer("civichub_audit_write_seconds",
                "Audit entries and how long each read waited for its own to be written", Labels.NONE);
    }

    @Override
    public void record(AuditEntry entry) {
        long start = System.nanoTime();
        try {
            log.record(entry);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        } finally {
            waited.record(System.nanoTime() - start);
        }
        written.increment();
    }

    @Override
    public AuditVerification verify() {
        return log.verify();
    }
}
