package org.civichub.connector.generic.internal.csv;

import java.util.List;

/** A CSV file as read: the header's column names and the data rows, in file order. */
record CsvTable(List<String> header, List<Row> rows) {

    CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row: its number in the file (the header row being 1) and its values. */
    record Row(int number, List<String> values) {
        Row {
            values = List.copyOf(values);
        }
    }
}
