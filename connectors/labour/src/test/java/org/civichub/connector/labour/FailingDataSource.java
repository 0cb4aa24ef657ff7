package org.civichub.connector.labour;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source whose every connection attempt fails with one exception, as a pool's may. */
final class FailingDataSource implements DataSource {

    private final SQLException failure;

    FailingDataSource(SQLException failure) {
        this.failure = failure;
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw failure;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw failure;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
