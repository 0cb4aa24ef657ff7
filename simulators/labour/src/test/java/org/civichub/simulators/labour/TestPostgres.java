package org.civichub.simulators.labour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the tests run against, shared by every module whose tests need it (a test-jar of the labour simulator): the
 * server of {@code -Dcivichub.pg.url} (what {@code ./civichub test} passes), or else the test
 * cluster of {@code scripts/postgres.sh} (state directory {@code <CIVICHUB_STATE_DIR or .civichub>/test},
 * port {@code CIVICHUB_TEST_PG_PORT}, default 5433), started when it does not run and stopped when
 * the test JVM exits. Each test works in a schema of its own; schemas of ended runs are dropped.
 */
public final class TestPostgres {

    public static final String URL_PROPERTY = "civichub.pg.url";
    public static final String USER = System.getProperty("civichub.pg.user", LabourContract.DEFAULT_USER);
    private static final String DEFAULT_PORT = "5433";
    private static final long SCRIPT_TIMEOUT_SECONDS = 300;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final Pattern SCHEMA_NAME = Pattern.compile("test_(\\d{1,18})_\\d+");
    private static String url;

    private TestPostgres() {
    }

    /** The JDBC URL of the test database, starting the server first when needed. */
    public static synchronized String url() {
        if (url == null) {
            String given = System.getProperty(URL_PROPERTY, "");
            if (given.isBlank()) {
                url = startWithScript();
                dropSchemasOfEndedRuns();
            } else {
                url = given.strip();
            }
        }
        return url;
    }

    /** A new empty schema, named {@code test_<pid>_<n>}. */
    public static String freshSchema() {
        String schema = "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return schema;
    }

    /** The test database with an empty schema of its own as the current schema. */
    public static LabourDatabase freshDatabase() {
        return simulatorDatabase(freshSchema());
    }

    /** The database of the simulator, writing its tables into {@code schema}. */
    public static LabourDatabase simulatorDatabase(String schema) {
        return new LabourDatabase(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema, USER);
    }

    /** A data source on the test database, finding unqualified tables by the server's search path. */
    public static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setUser(USER);
        return ds;
    }

    /** A data source whose unqualified tables are those of {@code schema}. */
    public static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = dataSource();
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Drops a schema of {@link #freshSchema()} with everything in it. */
    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    public static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(url(), USER, null);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on the test database " + url() + ": " + e.getMessage(), e);
        }
    }

    // Only for the server of this machine, where a schema's process id says whether its run has ended.
    private static void dropSchemasOfEndedRuns() {
        List<String> ended = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, USER, null);
             Statement statement = connection.createStatement();
             ResultSet schemas = statement.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test\\_%'")) {
            while (schemas.next()) {
                Matcher name = SCHEMA_NAME.matcher(schemas.getString(1));
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    ended.add(name.group());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the schemas of " + url + ": " + e.getMessage(), e);
        }
        ended.forEach(schema -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static String startWithScript() {
        Path script = repository().resolve("scripts/postgres.sh");
        if (run(script, "status").exitCode() != 0) {
            Result started = run(script, "start");
            if (started.exitCode() != 0) {
                throw new IllegalStateException("scripts/postgres.sh start failed (exit " + started.exitCode() + "):\n"
                        + started.output());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(script, "stop"), "test-postgres-stop"));
        }
        return run(script, "url").output().strip();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path script, String command) {
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        String state = environment.getOrDefault("CIVICHUB_STATE_DIR", repository().resolve(".civichub").toString());
        environment.put("CIVICHUB_STATE_DIR", Path.of(state).resolve("test").toString());
        environment.put("CIVICHUB_PG_PORT", environment.getOrDefault("CIVICHUB_TEST_PG_PORT", DEFAULT_PORT));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("scripts/postgres.sh " + command + " did not finish:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    // A module's tests run in its own directory; the script is at the repository's top.
    private static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/postgres.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("scripts/postgres.sh not found above " + Path.of("").toAbsolutePath()
                + "; or give -D" + URL_PROPERTY + "=jdbc:postgresql://...");
    }
}
