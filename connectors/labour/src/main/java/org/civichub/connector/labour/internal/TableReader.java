package org.civichub.connector.labour.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civichub.model.IdMask;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/**
 * Reads one page of one exchange table after a position, in ({@code CZSJ}, {@code ROW_ID}) order,
 * over a connection of its own. The page size is set with {@link java.sql.Statement#setMaxRows} (and
 * the fetch size), so the SQL carries no dialect's paging clause.
 */
final class TableReader {

    /** The rows read and the position of the last one ({@code null} when none). */
    record Page(List<SourceRecord> records, TablePosition last) {
    }

    private final String department;
    private final int pageSize;
    private final Duration queryTimeout;

    TableReader(String department, int pageSize, Duration queryTimeout) {
        this.department = department;
        this.pageSize = pageSize;
        this.queryTimeout = queryTimeout;
    }

    /**
     * The next rows of {@code table} after {@code after} ({@code null}: from the beginning), each as a
     * record of its table's type keyed by the key column, versioned by {@code CZSJ} as stored, with
     * every column read as text ({@code NULL} as empty), {@code ROW_ID} included.
     */
    Page read(DataSource dataSource, ExchangeTable table, TablePosition after, Instant fetchedAt)
            throws LabourReadException {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure("cannot connect to the labour database to read " + table.name(), e);
        }
        try (connection; PreparedStatement statement = connection.prepareStatement(
                after == null ? table.firstSql() : table.afterSql())) {
            statement.setMaxRows(pageSize);
            statement.setFetchSize(pageSize);
            statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, queryTimeout.toSeconds()));
            if (after != null) {
                statement.setString(1, after.czsj());
                statement.setString(2, after.czsj());
                statement.setLong(3, after.rowId());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return page(table, rows, fetchedAt);
            }
        } catch (SQLException e) {
            throw failure("cannot read " + table.name() + (after == null ? " from its first row" : " after " + after), e);
        }
    }

    private Page page(ExchangeTable table, ResultSet rows, Instant fetchedAt) throws SQLException {
        List<SourceRecord> records = new ArrayList<>();
        TablePosition last = null;
        List<String> columns = table.columns();
        int czsj = columns.indexOf(ExchangeTable.CZSJ) + 1;
        // setMaxRows is a hint some drivers may exceed; the page never does.
        while (records.size() < pageSize && rows.next()) {
            Map<String, String> payload = new LinkedHashMap<>();
            for (int c = 1; c <= columns.size(); c++) {
                String value = rows.getString(c);
                payload.put(columns.get(c - 1), value == null ? "" : value);
            }
            String version = payload.get(ExchangeTable.CZSJ);
            records.add(new SourceRecord(new SourceKey(department, table.recordType(), payload.get(table.keyColumn())),
                    version, LabourTime.parse(version).orElse(LabourTime.UNKNOWN), fetchedAt, payload));
            last = new TablePosition(rows.getString(czsj), rows.getLong(1));
        }
        return new Page(records, last);
    }

    private static LabourReadException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]";
        return new LabourReadException(IdMask.mask(what + ": " + reason(e) + state), e);
    }

    /**
     * The failure's message, with its cause's when that says more: a pool's "connection is not
     * available" hides why the database could not be reached.
     */
    private static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        if (cause == null || cause.getMessage() == null || message.contains(cause.getMessage())) {
            return message;
        }
        return message + " (" + cause.getMessage() + ")";
    }
}
