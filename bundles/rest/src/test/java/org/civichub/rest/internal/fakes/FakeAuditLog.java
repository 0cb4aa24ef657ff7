package org.civichub.rest.internal.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;
import org.civichub.store.StoreUnavailableException;

/** Audit entries in memory; fails every write while {@link #failing} is set. */
public final class FakeAuditLog implements AuditLog {

    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    public volatile boolean failing;

    @Override
    public void record(AuditEntry entry) {
        if (failing) {
            throw new StoreUnavailableException("test: audit index down", null);
        }
        entries.add(entry);
    }

    @Override
    public AuditVerification verify() {
        return AuditVerification.intact(entries.size());
    }

    public AuditEntry last() {
        return entries.get(entries.size() - 1);
    }
}
