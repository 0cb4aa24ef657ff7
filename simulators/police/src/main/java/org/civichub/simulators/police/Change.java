package org.civichub.simulators.police;

import java.util.Comparator;

import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;

/**
 * One record served: a row of a police table, with its index in that table's order.
 *
 * @param table the table (its spec's name is the record type)
 * @param index the row's index in the table
 */
record Change(RecordTable table, int index) {

    /** The service's order: update time, type, key, then file order. */
    static final Comparator<Change> ORDER = Comparator.comparing((Change c) -> c.row().updatedAt())
            .thenComparing(Change::type)
            .thenComparing(c -> c.row().key())
            .thenComparingInt(c -> c.row().fileOrder());

    Row row() {
        return table.rows().get(index);
    }

    String type() {
        return table.spec().name();
    }
}
