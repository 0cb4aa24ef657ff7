package org.civichub.shell.internal;

import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;
import org.civichub.model.DateMask;
import org.civichub.model.IdMask;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.store.RecordCounts;

/**
 * The table {@code civichub:connectors} prints: one row per connector, counts summed over its
 * record types (the REST twin {@code GET /connectors} has them per type).
 */
final class ConnectorTable {

    static final int MAX_ERROR = 60;

    private ConnectorTable() {
    }

    static ShellTable of(List<ConnectorStatus> connectors) {
        ShellTable table = new ShellTable().emptyTableText("no connectors installed");
        for (String c : List.of("ID", "Department", "State", "Watermark", "Last sync", "Last error",
                "Linked", "Unlinked", "Quarantined")) {
            table.column(c);
        }
        for (ConnectorStatus s : connectors) {
            table.addRow().addContent(s.id(), s.department(), s.state(), orDash(s.watermark()),
                    time(s.lastSync()), error(s.lastError()),
                    s.counts().stream().mapToLong(RecordCounts::linked).sum(),
                    s.counts().stream().mapToLong(RecordCounts::unlinked).sum(),
                    s.counts().stream().mapToLong(RecordCounts::quarantined).sum());
        }
        return table;
    }

    static String error(String e) {
        if (e == null || e.isBlank()) {
            return "-";
        }
        String oneLine = DateMask.mask(IdMask.mask(e.strip().replaceAll("\\s+", " ")));
        return oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 3) + "...";
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
