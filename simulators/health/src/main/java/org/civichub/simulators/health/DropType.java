package org.civichub.simulators.health;

import java.util.List;
import java.util.Objects;

import org.civichub.simulators.common.TableSpec;

/**
 * One kind of dropped file.
 *
 * @param name the file name prefix, e.g. {@code births}
 * @param table the dataset table its rows come from
 * @param columns the contract's header, in order
 * @param dateColumns the columns holding dates, whose style may be varied (see {@link DateStyler})
 */
public record DropType(String name, TableSpec table, List<String> columns, List<String> dateColumns) {

    public DropType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        dateColumns = List.copyOf(dateColumns);
    }
}
