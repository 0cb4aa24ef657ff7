package org.civichub.shell.internal;

import java.util.List;
import java.util.Locale;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.SyncProgress;

/** The lines {@code civichub:connectors} prints under its table, one per sync running now. */
final class ProgressLines {

    private ProgressLines() {
    }

    static List<String> of(List<ConnectorStatus> connectors) {
        return connectors.stream().filter(c -> c.progress() != null).map(c -> line(c.id(), c.progress())).toList();
    }

    static String line(String id, SyncProgress p) {
        return String.format(Locale.ROOT, "%s: syncing since %s, %d records in %d pages (%.1f records/s)",
                id, p.since(), p.records(), p.pages(), p.recordsPerSecond());
    }
}
