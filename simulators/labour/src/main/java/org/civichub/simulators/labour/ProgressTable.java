package org.civichub.simulators.labour;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.civichub.simulators.common.DatasetTimes;

/**
 * The simulator's progress table {@value LabourContract#PROGRESS}: one row per exchange table with
 * how many of its dataset rows are in ({@code ROWS_IN}), a {@link RowDigest} of them
 * ({@code ROWS_DIGEST}) and the clock up to which every row is in ({@code UP_TO}, null before the
 * first complete step). Written in the transactions that append the rows.
 */
final class ProgressTable {

    /** One exchange table's row of the progress table. */
    record Stored(long rowsIn, String digest, Instant upTo) {
    }

    private static final String SELECT = "SELECT ROWS_IN, ROWS_DIGEST, UP_TO FROM " + LabourContract.PROGRESS
            + " WHERE TABLE_NAME = ?";
    private static final String INSERT = "INSERT INTO " + LabourContract.PROGRESS
            + " (TABLE_NAME, ROWS_IN, ROWS_DIGEST) VALUES (?, 0, ?) ON CONFLICT (TABLE_NAME) DO NOTHING";
    private static final String UPDATE = "UPDATE " + LabourContract.PROGRESS
            + " SET ROWS_IN = ?, ROWS_DIGEST = ?, UP_TO = ?, UPDATED_AT = CURRENT_TIMESTAMP WHERE TABLE_NAME = ?";

    private ProgressTable() {
    }

    /**
     * The row of an exchange table; empty when there is none. With {@code forUpdate} the row stays
     * locked until the transaction ends, so that no other simulator appends meanwhile.
     */
    static Optional<Stored> read(Connection connection, String table, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(forUpdate ? SELECT + " FOR UPDATE" : SELECT)) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime upTo = row.getObject(3, OffsetDateTime.class);
                Instant upToInstant = upTo == null ? null : upTo.toInstant();
                return Optional.of(new Stored(row.getLong(1), row.getString(2), upToInstant));
            }
        }
    }

    /** Records that no row of an exchange table is in, unless a row for it exists already. */
    static void start(Connection connection, String table) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, table);
            insert.setString(2, RowDigest.empty().hex());
            insert.executeUpdate();
        }
    }

    static void write(Connection connection, String table, Stored progress) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setLong(1, progress.rowsIn());
            update.setString(2, progress.digest());
            if (progress.upTo() == null) {
                update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(3, progress.upTo().atZone(DatasetTimes.ZONE).toOffsetDateTime());
            }
            update.setString(4, table);
            if (update.executeUpdate() != 1) {
                throw new SQLException(LabourContract.PROGRESS + " has no row for " + table);
            }
        }
    }
}
