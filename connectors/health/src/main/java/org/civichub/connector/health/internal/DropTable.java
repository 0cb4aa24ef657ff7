package org.civichub.connector.health.internal;

import java.util.List;

/** A drop file as read: the header's column names and the data rows, in file order. */
public record DropTable(List<String> header, List<DropRow> rows) {

    public DropTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
