package org.civichub.simulators.labour;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The front machine's database, reached over JDBC with PostgreSQL's driver. Every {@link #connect()}
 * opens a new connection, so the simulator keeps working after the database has been restarted.
 * Settings in the URL (e.g. {@code ?password=}) override the ones given here.
 *
 * @param url a {@code jdbc:postgresql:} URL
 * @param user the user to connect as
 */
public record LabourDatabase(String url, String user) {

    private static final String URL_PREFIX = "jdbc:postgresql:";
    private static final String CONNECT_TIMEOUT_SECONDS = "10";
    private static final Pattern PASSWORD = Pattern.compile("([?&]password=)[^&]*", Pattern.CASE_INSENSITIVE);

    public LabourDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (" + URL_PREFIX + "//host:port/database): "
                    + shown(url));
        }
    }

    /**
     * A new connection in auto-commit mode; the caller closes it.
     *
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("ApplicationName", "civichub-labour-simulator");
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        // One multi-row INSERT per batch instead of one statement per row.
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(url, properties);
    }

    /** The URL to show in messages and logs: a password in it is replaced by {@code ***}. */
    public String shownUrl() {
        return shown(url);
    }

    private static String shown(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    /**
     * A message for a failure of this database: what failed, where, and the database's reason. For a
     * failed batch that is the reason of the statement that failed, not the batch with its values.
     */
    String failure(String what, SQLException e) {
        SQLException reason = reason(e);
        String state = reason.getSQLState() == null ? "" : " [SQLState " + reason.getSQLState() + "]";
        return what + " (" + shownUrl() + " as " + user + "): " + reason.getMessage() + state;
    }

    /**
     * The exception that says why: for a failed batch, the failure of its statement, whose message does
     * not repeat the batch's values.
     */
    static SQLException reason(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }
}
