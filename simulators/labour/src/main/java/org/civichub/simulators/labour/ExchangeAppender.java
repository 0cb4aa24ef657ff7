package org.civichub.simulators.labour;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.RecordTable;

/**
 * Appends the dataset's rows to the exchange tables as the clock moves: a row is appended once the
 * clock reaches its {@code CZSJ}, each table's rows in the dataset table's order (CZSJ, key, file
 * order), so {@code ROW_ID} follows that order. Deletions ({@code CZLX = 'D'}) are rows like any other.
 * Moving the clock back appends nothing, and no row is appended twice.
 *
 * <p>Each table's progress is kept in {@value LabourContract#PROGRESS}, written in the same transaction
 * as the rows (at most {@value #CHUNK} rows per transaction): how many of the table's dataset rows are
 * in, a digest of them, and the clock up to which every row is in. A simulator started again on the
 * same database resumes from it. A table whose rows are not those the dataset gives (another dataset,
 * rows added or deleted by hand, a second simulator writing) is refused, with a message saying so.
 * Thread-safe.
 */
final class ExchangeAppender {

    static final int CHUNK = 1_000;

    /**
     * What of one table is in: its first {@code rowsIn} dataset rows, their digest, and the clock up to
     * which every row is in (null before the first complete step).
     */
    private record Progress(int rowsIn, RowDigest digest, Instant upTo) {
    }

    private final Dataset dataset;
    private final LabourDatabase database;
    private final Map<ExchangeTable, Progress> progress = new LinkedHashMap<>();

    private ExchangeAppender(Dataset dataset, LabourDatabase database) {
        this.dataset = dataset;
        this.database = database;
    }

    /**
     * Creates the tables that are absent, empties them first when {@code reset}, and reads how far each
     * exchange table is.
     *
     * @throws IllegalStateException when the database cannot be used, or a table holds rows that are
     *         not the dataset's first rows of that table
     */
    static ExchangeAppender open(Dataset dataset, LabourDatabase database, boolean reset) {
        ExchangeAppender appender = new ExchangeAppender(dataset, database);
        try (Connection connection = database.connect()) {
            LabourSchema.create(connection);
            if (reset) {
                LabourSchema.reset(connection);
            }
            for (ExchangeTable table : LabourContract.TABLES) {
                appender.progress.put(table, appender.resume(connection, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database.failure("cannot prepare the exchange tables", e), e);
        }
        return appender;
    }

    /**
     * The clock up to which every row of every table is in, from an earlier run; empty when some table
     * has not completed a step yet.
     */
    synchronized Optional<Instant> resumedUpTo() {
        Instant earliest = null;
        for (Progress table : progress.values()) {
            if (table.upTo() == null) {
                return Optional.empty();
            }
            earliest = earliest == null || table.upTo().isBefore(earliest) ? table.upTo() : earliest;
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * Appends, table by table, the rows with {@code CZSJ} at or before {@code clock} that are not in yet.
     * A table whose rows could not be appended keeps what was committed and is completed by the next
     * call; the tables done before it are not touched again.
     *
     * @throws IllegalStateException when the database fails or a table's progress changed under us
     */
    synchronized void advanceTo(Instant clock) {
        for (ExchangeTable table : LabourContract.TABLES) {
            Instant upTo = progress.get(table).upTo();
            if (upTo == null || clock.isAfter(upTo)) {
                append(table, clock);
            }
        }
    }

    /** For {@code GET /admin/status}: rows in per exchange table and the clock up to which all are in. */
    synchronized Map<String, Object> status() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        progress.forEach((table, state) -> rows.put(table.name(), state.rowsIn()));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("exchangeTables", rows);
        status.put("appendedUpTo", resumedUpTo().map(DatasetTimes::formatIso).orElse(null));
        return status;
    }

    private Progress resume(Connection connection, ExchangeTable table) throws SQLException {
        long held = count(connection, table.name());
        Optional<ProgressTable.Stored> stored = ProgressTable.read(connection, table.name(), false);
        if (stored.isEmpty()) {
            if (held > 0) {
                throw refused(table, held + " rows that this simulator did not append (none recorded in "
                        + LabourContract.PROGRESS + ")");
            }
            ProgressTable.start(connection, table.name());
            return new Progress(0, RowDigest.empty(), null);
        }
        RecordTable rows = dataset.table(table.spec());
        long rowsIn = stored.get().rowsIn();
        if (rowsIn > rows.size()) {
            throw refused(table, rowsIn + " rows, more than the " + rows.size() + " rows of "
                    + table.spec().relativePath());
        }
        RowDigest digest = RowDigest.empty();
        rows.rows().subList(0, (int) rowsIn).forEach(row -> digest.add(table.values(row)));
        if (!digest.hex().equals(stored.get().digest())) {
            throw refused(table, "the first " + rowsIn + " rows of another dataset (or of another version of "
                    + table.spec().relativePath() + ")");
        }
        if (held != rowsIn) {
            throw refused(table, held + " rows, but " + LabourContract.PROGRESS + " records " + rowsIn + " appended");
        }
        return new Progress((int) rowsIn, digest, stored.get().upTo());
    }

    private void append(ExchangeTable table, Instant clock) {
        RecordTable rows = dataset.table(table.spec());
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
                Progress current = progress.get(table);
                int to = Math.max(current.rowsIn(), rows.indexAfter(clock));
                do {
                    requireUnchanged(connection, table, current);
                    int end = Math.min(to, current.rowsIn() + CHUNK);
                    RowDigest digest = current.digest().copy();
                    for (int i = current.rowsIn(); i < end; i++) {
                        List<String> values = table.values(rows.rows().get(i));
                        for (int column = 0; column < values.size(); column++) {
                            insert.setString(column + 1, values.get(column));
                        }
                        insert.addBatch();
                        digest.add(values);
                    }
                    if (end > current.rowsIn()) {
                        insert.executeBatch();
                    }
                    Instant upTo = end == to ? clock : current.upTo();
                    ProgressTable.write(connection, table.name(), new ProgressTable.Stored(end, digest.hex(), upTo));
                    connection.commit();
                    current = new Progress(end, digest, upTo);
                    progress.put(table, current);
                } while (current.rowsIn() < to);
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database.failure("cannot append rows to " + table.name(), e),
                    LabourDatabase.reason(e));
        }
    }

    // Taking the progress row FOR UPDATE also keeps a second simulator from appending at the same time.
    private static void requireUnchanged(Connection connection, ExchangeTable table, Progress expected)
            throws SQLException {
        Optional<ProgressTable.Stored> stored = ProgressTable.read(connection, table.name(), true);
        if (stored.isEmpty() || stored.get().rowsIn() != expected.rowsIn()
                || !stored.get().digest().equals(expected.digest().hex())) {
            throw new IllegalStateException(table.name() + ": " + LabourContract.PROGRESS + " no longer records the "
                    + expected.rowsIn() + " rows this simulator appended; does another simulator write to this "
                    + "database?");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    // A broken connection cannot roll back either; the failure that matters is the first one.
    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static IllegalStateException refused(ExchangeTable table, String what) {
        return new IllegalStateException("table " + table.name() + " holds " + what
                + "; start with --existing-rows reset to empty the tables, or use another database");
    }
}
