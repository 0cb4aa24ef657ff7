package org.civichub.connector.kit;

import java.util.List;

/**
 * One data row of a file a department drops: its number in the file (the header row being 1) and
 * its values as read.
 */
public record FileRow(int number, List<String> values) {

    public FileRow {
        values = List.copyOf(values);
    }
}
