package org.civichub.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;

/** {@code civichub:audit-verify}, the twin of {@code GET /api/v1/audit/verify}. */
@Service
@Command(scope = "civichub", name = "audit-verify", description = "Checks the audit's hash chain end to end")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditLog audit;

    @Override
    public Object execute() {
        System.out.println(line(audit.verify()));
        return null;
    }

    static String line(AuditVerification v) {
        return v.intact() ? "intact: " + v.entries() + " entries, chain unbroken"
                : "BROKEN at entry " + v.firstBroken() + " (" + v.reason() + "); " + v.entries() + " entries read";
    }
}
