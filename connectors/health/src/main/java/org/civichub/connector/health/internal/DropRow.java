package org.civichub.connector.health.internal;

import java.util.List;

/**
 * One row of a drop file as read: its number in the file (the header row being 1) and its values.
 */
public record DropRow(int number, List<String> values) {

    public DropRow {
        values = List.copyOf(values);
    }
}
