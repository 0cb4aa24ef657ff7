package org.civichub.simulators.health;

import java.util.List;

/**
 * The content of one data file: a header and rows of strings of the same width.
 *
 * @param header the column names
 * @param rows the values, each row in header order
 */
record DropContent(List<String> header, List<List<String>> rows) {

    DropContent {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(row.size() + " values for " + header.size() + " columns");
            }
        }
    }
}
