package org.civichub.simulators.common;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a dataset table, exactly as the file gives it: one version of one source record.
 *
 * @param key the value of the table's key column, as given (may be empty or malformed)
 * @param updatedAtText the value of the table's update-time column, as given
 * @param updatedAt that value as an instant (times without an offset are Asia/Shanghai local time)
 * @param fileOrder the row's position among the table's rows as loaded (0-based), the last tie breaker
 * @param columns the table's column names in file order (shared by all rows of a table)
 * @param values the values in the same order as {@code columns}, never null, never cleaned
 */
public record Row(String key, String updatedAtText, Instant updatedAt, int fileOrder,
                  List<String> columns, List<String> values) {

    public Row {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(updatedAtText, "updatedAtText");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(values, "values");
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(
                    "row has " + values.size() + " values for " + columns.size() + " columns");
        }
    }

    /** The value of a column, or null when the table has no such column. */
    public String value(String column) {
        int index = columns.indexOf(column);
        return index < 0 ? null : values.get(index);
    }

    /** Column name to value, in file column order. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(fields);
    }
}
