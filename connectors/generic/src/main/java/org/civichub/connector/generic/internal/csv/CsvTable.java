package org.civichub.connector.generic.internal.csv;

import java.util.List;
import org.civichub.connector.kit.FileRow;
import org.civichub.connector.kit.PackedRows;

/** A CSV file as read: the header's column names and the data rows, in file order, kept packed. */
record CsvTable(List<String> header, List<FileRow> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = PackedRows.of(rows);
    }
}
