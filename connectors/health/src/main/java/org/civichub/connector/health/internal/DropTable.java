package org.civichub.connector.health.internal;

import java.util.List;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PackedRows;

/**
 * A drop file as read: the header's column names and the data rows, in file order, kept packed
 * ({@link PackedRows}).
 */
public record DropTable(List<String> header, List<FileRow> rows) {

    public DropTable {
        header = List.copyOf(header);
        rows = PackedRows.of(rows);
    }
}
