package org.civichub.simulators.labour;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's tables in the front machine's database (PostgreSQL): the exchange tables of
 * {@link LabourContract#TABLES}, {@value LabourContract#INBOX} and {@value LabourContract#PROGRESS}.
 * Creating them is idempotent; tables that exist are kept as they are, and must have the contract's
 * columns.
 */
final class LabourSchema {

    private LabourSchema() {
    }

    /**
     * Creates whatever of the tables is absent, in one transaction, and checks that the exchange tables
     * that were there already have {@code ROW_ID} and every contract column.
     *
     * @throws SQLException when a statement fails or an exchange table has another shape
     */
    static void create(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (ExchangeTable table : LabourContract.TABLES) {
            statements.add(table.createSql());
            statements.add(table.indexSql());
        }
        statements.add("CREATE TABLE IF NOT EXISTS " + LabourContract.INBOX + " (ID BIGSERIAL PRIMARY KEY, "
                + "EVENT_ID VARCHAR NOT NULL UNIQUE, TYPE VARCHAR NOT NULL, PAYLOAD TEXT, "
                + "RECEIVED_AT TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        statements.add("CREATE TABLE IF NOT EXISTS " + LabourContract.PROGRESS + " (TABLE_NAME VARCHAR PRIMARY KEY, "
                + "ROWS_IN BIGINT NOT NULL, ROWS_DIGEST VARCHAR NOT NULL, UP_TO TIMESTAMP WITH TIME ZONE, "
                + "UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        inTransaction(connection, statements);
        for (ExchangeTable table : LabourContract.TABLES) {
            try (Statement statement = connection.createStatement()) {
                statement.executeQuery(table.shapeSql()).close();
            } catch (SQLException e) {
                throw new SQLException("table " + table.name() + " exists without the contract's columns "
                        + LabourContract.ROW_ID + ", " + String.join(", ", table.columns()) + ": " + e.getMessage(),
                        e.getSQLState(), e);
            }
        }
    }

    /** Deletes every row of the exchange tables, the inbox and the progress, restarting the row numbers. */
    static void reset(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        LabourContract.TABLES.forEach(table -> tables.add(table.name()));
        tables.add(LabourContract.INBOX);
        tables.add(LabourContract.PROGRESS);
        inTransaction(connection, List.of("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY"));
    }

    private static void inTransaction(Connection connection, List<String> statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
