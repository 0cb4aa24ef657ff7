package org.civichub.shell.internal;

import java.time.Instant;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.ShellUtil;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.QuarantineStore;
import org.civichub.store.Scope;

/**
 * {@code civichub:quarantine}, the twin of {@code GET /api/v1/quarantine}. Quarantined values are
 * personal data: like the REST twin, the read is audited first and nothing is shown if it cannot be.
 */
@Service
@Command(scope = "civichub", name = "quarantine", description = "Lists source records held back, one line"
        + " per broken rule (ID numbers masked)")
public class QuarantineCommand implements Action {

    static final int MAX_SIZE = 200;

    @Option(name = "--department", aliases = "-d", description = "Only this department (police, health...)")
    String department;

    @Option(name = "--page", aliases = "-p", description = "Page, from 0")
    int page;

    @Option(name = "--size", aliases = "-s", description = "Entries per page, 1 to " + MAX_SIZE)
    int size = 20;

    @Reference
    QuarantineStore quarantine;

    @Reference
    AuditLog audit;

    @Override
    public Object execute() {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("--page must be 0 or more and --size between 1 and " + MAX_SIZE);
        }
        Page<QuarantineEntry> found = quarantine.list(department, Scope.EVERYWHERE, page, size);
        String user = ShellUtil.getCurrentUserName();
        audit.record(new AuditEntry(Instant.now(), user == null ? "karaf-shell" : user, "shell.quarantine.list",
                "civichub:quarantine" + (department == null ? "" : " --department " + department)
                        + " --page " + page + " --size " + size,
                found.items().stream().map(QuarantineEntry::id).toList(), false));
        QuarantineTable.of(found).print(System.out);
        System.out.println(QuarantineTable.footer(found));
        return null;
    }
}
