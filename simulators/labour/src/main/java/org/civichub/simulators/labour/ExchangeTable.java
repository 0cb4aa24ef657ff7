package org.civichub.simulators.labour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.civichub.simulators.common.Row;
import org.civichub.simulators.common.TableSpec;

/**
 * One exchange table of the labour front machine: its name, the dataset table it is filled from and
 * the contract's columns in the contract's order. Every contract column is an unbounded
 * {@code VARCHAR} holding the dataset's value exactly as given; {@value LabourContract#ROW_ID}, a
 * {@code BIGSERIAL} primary key, numbers the rows in the order they were appended. Names are unquoted
 * SQL identifiers, so portable SQL reaches them in any case.
 *
 * @param name the table's name, e.g. {@code JY_DJ}
 * @param spec the dataset table whose rows are appended to it
 * @param columns the contract's columns; they include the spec's key and time columns
 */
public record ExchangeTable(String name, TableSpec spec, List<String> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");

    public ExchangeTable {
        Objects.requireNonNull(spec, "spec");
        columns = List.copyOf(columns);
        requireIdentifier(name);
        columns.forEach(ExchangeTable::requireIdentifier);
        if (!columns.contains(spec.keyColumn()) || !columns.contains(spec.timeColumn())) {
            throw new IllegalArgumentException(name + " lacks the key or time column of " + spec.id());
        }
    }

    /** {@code CREATE TABLE IF NOT EXISTS} with {@code ROW_ID} and the contract's columns. */
    String createSql() {
        List<String> definitions = new ArrayList<>();
        definitions.add(LabourContract.ROW_ID + " BIGSERIAL PRIMARY KEY");
        columns.forEach(column -> definitions.add(column + " VARCHAR"));
        return "CREATE TABLE IF NOT EXISTS " + name + " (" + String.join(", ", definitions) + ")";
    }

    /** The index of incremental reads, which go by (CZSJ, ROW_ID). */
    String indexSql() {
        return "CREATE INDEX IF NOT EXISTS " + name + "_" + spec.timeColumn() + " ON " + name + " ("
                + spec.timeColumn() + ", " + LabourContract.ROW_ID + ")";
    }

    /** A query that fails unless the table has {@code ROW_ID} and every contract column; reads no row. */
    String shapeSql() {
        return "SELECT " + LabourContract.ROW_ID + ", " + String.join(", ", columns) + " FROM " + name + " WHERE 1 = 0";
    }

    /** An insert of the contract's columns, one parameter each, in {@link #columns()} order. */
    String insertSql() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /**
     * The values a dataset row gives this table's columns, in {@link #columns()} order: exactly as
     * given, and null for a column the dataset file does not have.
     */
    List<String> values(Row row) {
        List<String> values = new ArrayList<>(columns.size());
        columns.forEach(column -> values.add(row.value(column)));
        return values;
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not an upper-case SQL identifier: " + name);
        }
    }
}
