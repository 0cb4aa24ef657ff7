package org.civichub.simulators.health;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;

/**
 * Decides how the dates of one table are written into drop files. A table whose date columns already
 * use more than one {@link DateStyle} is served exactly as given. A table whose dates are uniform is
 * varied: the date in row {@code i} (table order) and date column {@code j} is rewritten in style
 * {@code (seed + i + j) mod 3}, so the same dataset and seed always give the same files and every
 * style occurs once there are three rows. Values that are not a valid date are never touched.
 */
final class DateStyler {

    private final RecordTable table;
    private final List<String> dateColumns;
    private final boolean vary;
    private final long seed;

    DateStyler(RecordTable table, List<String> dateColumns, long seed) {
        this.table = table;
        this.dateColumns = List.copyOf(dateColumns);
        this.seed = seed;
        this.vary = stylesIn(table, this.dateColumns).size() <= 1;
    }

    /** Whether this table's dates are rewritten (they were uniform). */
    boolean varies() {
        return vary;
    }

    /** The value of {@code column} in the row at {@code index} of the table, as it goes into a file. */
    String value(int index, String column) {
        Row row = table.rows().get(index);
        String value = row.value(column);
        if (value == null) {
            return "";
        }
        int dateColumn = dateColumns.indexOf(column);
        if (!vary || dateColumn < 0) {
            return value;
        }
        Optional<DateStyle> given = DateStyle.of(value);
        if (given.isEmpty()) {
            return value;
        }
        DateStyle[] styles = DateStyle.values();
        DateStyle target = styles[(int) Math.floorMod(seed + index + dateColumn, (long) styles.length)];
        return target.format(given.get().parse(value).orElseThrow());
    }

    private static Set<DateStyle> stylesIn(RecordTable table, List<String> columns) {
        Set<DateStyle> seen = EnumSet.noneOf(DateStyle.class);
        for (Row row : table.rows()) {
            for (String column : columns) {
                DateStyle.of(row.value(column)).ifPresent(seen::add);
            }
            if (seen.size() > 1) {
                break;
            }
        }
        return seen;
    }
}
