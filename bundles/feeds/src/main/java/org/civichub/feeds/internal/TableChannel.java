package org.civichub.feeds.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civichub.feeds.FeedEvent;

/**
 * Delivers events as rows of a table in the labour department's front-machine database
 * ({@value #DEFAULT_TABLE} unless configured): {@code EVENT_ID} the event id, {@code TYPE} the kinds
 * of change it is, comma-separated (its CloudEvents type when it names none), {@code PAYLOAD} the
 * CloudEvent JSON; the database fills in the rest. The committed insert is the acknowledgement.
 * {@code EVENT_ID} is unique, so a repeated delivery is refused by an integrity constraint (SQLState
 * class 23); when the event's row is then there, it was delivered before, and that is done too. The
 * SQL is plain JDBC with bound parameters, no dialect's: PostgreSQL and Oracle alike.
 */
final class TableChannel implements Channel {

    static final String DEFAULT_TABLE = "INBOX";

    /** A table name, optionally qualified by schema (and catalog): unquoted SQL identifiers only. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*\\.){0,2}[A-Za-z_][A-Za-z0-9_$]*");

    /** The database, lent for one delivery: closing the lease gives it back. */
    record Lease(DataSource dataSource, Runnable giveBack) implements AutoCloseable {

        @Override
        public void close() {
            giveBack.run();
        }
    }

    /** Finds the database when an event is delivered. */
    @FunctionalInterface
    interface Lookup {

        /** @throws IOException when there is none (yet) */
        Lease lease() throws IOException;
    }

    private final Lookup database;
    private final String table;
    private final int timeoutSeconds;

    TableChannel(Lookup database, String table, Duration timeout) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name (letters, digits, _ and $, optionally "
                    + "schema-qualified, e.g. EXCH.INBOX): " + table);
        }
        this.database = database;
        this.table = table;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    @Override
    public String transport() {
        return "table";
    }

    /** The table written to. */
    String table() {
        return table;
    }

    @Override
    public void deliver(FeedEvent event) throws IOException {
        String payload = EventJson.text(event);
        try (Lease lease = database.lease(); Connection c = lease.dataSource().getConnection()) {
            try {
                insert(c, event, payload);
            } catch (SQLException e) {
                if (!isClass23(e) || !present(c, event.id())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IOException("insert into " + table + " failed: " + e.getMessage() + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    private void insert(Connection c, FeedEvent event, String payload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(insertSql())) {
            s.setQueryTimeout(timeoutSeconds);
            s.setString(1, event.id());
            s.setString(2, type(event));
            s.setString(3, payload);
            s.executeUpdate();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /** Whether the event's row is there, after its insert was refused. */
    private boolean present(Connection c, String eventId) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
        try (PreparedStatement s = c.prepareStatement(selectSql())) {
            s.setQueryTimeout(timeoutSeconds);
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    String insertSql() {
        return "INSERT INTO " + table + " (EVENT_ID, TYPE, PAYLOAD) VALUES (?, ?, ?)";
    }

    String selectSql() {
        return "SELECT EVENT_ID FROM " + table + " WHERE EVENT_ID = ?";
    }

    /** The kinds of change the event is, comma-separated; its CloudEvents type when it names none. */
    static String type(FeedEvent event) {
        if (event.data().get("kinds") instanceof Collection<?> kinds && !kinds.isEmpty()) {
            return kinds.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return event.type();
    }

    private static boolean isClass23(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
