package org.civichub.simulators.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rows of one dataset table, kept as given and sorted by (update time, key, file order).
 * Immutable and safe to share between threads.
 */
public final class RecordTable {

    /** The order of rows within a table. */
    public static final Comparator<Row> ORDER = Comparator.comparing(Row::updatedAt)
            .thenComparing(Row::key)
            .thenComparingInt(Row::fileOrder);

    private final TableSpec spec;
    private final List<String> columns;
    private final List<Row> rows;
    // The line each row starts on in its file, by file order; null for a table built in memory.
    private final long[] lines;

    private RecordTable(TableSpec spec, List<String> columns, List<Row> rows, long[] lines) {
        this.spec = spec;
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * Builds a table from rows given in file order.
     *
     * @param columns the column names; must include the spec's key and time columns
     * @param rows each row's values in column order
     * @throws DatasetException when a column is missing, a row has the wrong width or an unreadable time
     */
    public static RecordTable of(TableSpec spec, List<String> columns, List<List<String>> rows) {
        return build(spec, columns, rows, null);
    }

    /** A table read from its file: {@code lines[i]} is the line row {@code i} of the file starts on. */
    static RecordTable read(TableSpec spec, List<String> columns, List<List<String>> rows, long[] lines) {
        if (lines.length != rows.size()) {
            throw new IllegalArgumentException(lines.length + " line numbers for " + rows.size() + " rows");
        }
        return build(spec, columns, rows, lines.clone());
    }

    private static RecordTable build(TableSpec spec, List<String> columns, List<List<String>> rows, long[] lines) {
        List<String> header = List.copyOf(columns);
        int keyIndex = requireColumn(spec, header, spec.keyColumn());
        int timeIndex = requireColumn(spec, header, spec.timeColumn());
        List<Row> built = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = List.copyOf(rows.get(i));
            if (values.size() != header.size()) {
                throw new DatasetException(position(spec, lines, i) + ": "
                        + values.size() + " values for " + header.size() + " columns");
            }
            String time = values.get(timeIndex);
            built.add(new Row(values.get(keyIndex), time, parseTime(spec, lines, i, time), i, header, values));
        }
        built.sort(ORDER);
        return new RecordTable(spec, header, List.copyOf(built), lines);
    }

    /**
     * Builds a table from maps of column name to value, in file order; the first map's key order
     * gives the column order and every map must have the same columns.
     */
    public static RecordTable ofMaps(TableSpec spec, List<? extends Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return empty(spec);
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        List<List<String>> values = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            if (!row.keySet().equals(rows.get(0).keySet())) {
                throw new DatasetException(spec.relativePath() + ": rows with different columns");
            }
            values.add(columns.stream().map(row::get).toList());
        }
        return of(spec, columns, values);
    }

    /** A table with no rows (what an absent file gives). */
    public static RecordTable empty(TableSpec spec) {
        return new RecordTable(Objects.requireNonNull(spec), List.of(), List.of(), null);
    }

    public TableSpec spec() {
        return spec;
    }

    /** The column names in file order (empty for an absent file). */
    public List<String> columns() {
        return columns;
    }

    /** All rows in table order. */
    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public Optional<Instant> earliest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).updatedAt());
    }

    public Optional<Instant> latest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1).updatedAt());
    }

    /** The index of the first row updated strictly after {@code time} ({@link #size()} if none). */
    public int indexAfter(Instant time) {
        return firstIndex(row -> row.updatedAt().isAfter(time));
    }

    /** The index of the first row updated at or after {@code time} ({@link #size()} if none). */
    public int indexAtOrAfter(Instant time) {
        return firstIndex(row -> !row.updatedAt().isBefore(time));
    }

    /**
     * Where a row of this table comes from, for messages: {@code <department>/<name>.csv line N} for a
     * table loaded from its file (N the line the row starts on, the header being line 1), else
     * {@code <department>/<name>.csv record N} (N the row's 1-based position in file order).
     */
    public String position(Row row) {
        return position(spec, lines, row.fileOrder());
    }

    /** The rows a simulator may serve when its clock shows {@code clock}: update time at or before it. */
    public List<Row> upTo(Instant clock) {
        return rows.subList(0, indexAfter(clock));
    }

    private int firstIndex(Predicate<Row> monotone) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (monotone.test(rows.get(mid))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static int requireColumn(TableSpec spec, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new DatasetException(spec.relativePath() + ": no column " + column + " in " + header);
        }
        return index;
    }

    private static Instant parseTime(TableSpec spec, long[] lines, int index, String text) {
        try {
            return DatasetTimes.parseUpdateTime(text);
        } catch (DateTimeException e) {
            throw new DatasetException(position(spec, lines, index) + ", column " + spec.timeColumn() + ": '"
                    + text + "' is not a time", e);
        }
    }

    private static String position(TableSpec spec, long[] lines, int fileOrder) {
        return spec.relativePath() + (lines == null ? " record " + (fileOrder + 1) : " line " + lines[fileOrder]);
    }
}
