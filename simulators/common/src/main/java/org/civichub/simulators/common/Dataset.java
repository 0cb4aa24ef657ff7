package org.civichub.simulators.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a simulator serves, one {@link RecordTable} per {@link TableSpec}.
 *
 * <p>A dataset directory holds {@code <department>/<name>.csv} files: UTF-8 CSV with a header row in
 * any column order. An absent file (or department directory) is a table with no rows; files of tables
 * not asked for are ignored. Values are kept exactly as given. Immutable and thread-safe.
 */
public final class Dataset {

    private final Map<TableSpec, RecordTable> tables;

    private Dataset(Map<TableSpec, RecordTable> tables) {
        this.tables = tables;
    }

    /** Loads every {@linkplain TableSpec#known() known} table from a dataset directory. */
    public static Dataset load(Path directory) {
        return load(directory, TableSpec.known());
    }

    /**
     * Loads the given tables from a dataset directory (a simulator loads its own department's).
     *
     * @throws DatasetException when the directory does not exist or a file cannot be read
     */
    public static Dataset load(Path directory, Collection<TableSpec> specs) {
        if (!Files.isDirectory(directory)) {
            throw new DatasetException("dataset directory not found: " + directory);
        }
        Map<TableSpec, RecordTable> tables = new LinkedHashMap<>();
        for (TableSpec spec : specs) {
            Path file = directory.resolve(spec.relativePath());
            tables.put(spec, Files.isRegularFile(file) ? CsvTableReader.read(file, spec) : RecordTable.empty(spec));
        }
        return new Dataset(tables);
    }

    /** An in-memory dataset of the given tables (later tables replace earlier ones of the same spec). */
    public static Dataset of(Collection<RecordTable> tables) {
        Map<TableSpec, RecordTable> bySpec = new LinkedHashMap<>();
        tables.forEach(table -> bySpec.put(table.spec(), table));
        return new Dataset(bySpec);
    }

    /** An in-memory dataset of the given tables. */
    public static Dataset of(RecordTable... tables) {
        return of(List.of(tables));
    }

    /** The table of a spec; an empty table when the dataset does not hold it. */
    public RecordTable table(TableSpec spec) {
        RecordTable table = tables.get(spec);
        return table != null ? table : RecordTable.empty(spec);
    }

    /** The dataset's tables in load order. */
    public List<RecordTable> tables() {
        return List.copyOf(tables.values());
    }

    /** The earliest update time of any row; empty when there are no rows. */
    public Optional<Instant> earliest() {
        return tables.values().stream().flatMap(t -> t.earliest().stream()).min(Instant::compareTo);
    }

    /** The latest update time of any row; empty when there are no rows. */
    public Optional<Instant> latest() {
        return tables.values().stream().flatMap(t -> t.latest().stream()).max(Instant::compareTo);
    }

    /** Table id ({@code police/person}) to its number of rows, in load order. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.spec().id(), t.size()));
        return counts;
    }
}
