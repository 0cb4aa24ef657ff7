package org.civichub.simulators.labour;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civichub.simulators.common.AdminApi;
import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorServer;

/**
 * A running labour department simulator: it appends the dataset's rows to the exchange tables of a
 * PostgreSQL database as its clock moves (see {@link ExchangeAppender}) and serves the admin API at
 * {@link #adminUrl()} ({@code /admin/clock}, {@code /admin/status}, {@code /admin/inbox}). At start
 * it appends the rows at or before the start clock; each later clock move appends the step's rows
 * before the move returns. Stop it with {@link #close()}. Thread-safe.
 */
public final class LabourSimulator implements SimulatorMain.Running {

    private final SimulatorServer server;
    private final ExchangeAppender appender;
    private final Clock clock;
    private final Dataset dataset;
    private final LabourDatabase database;

    private LabourSimulator(SimulatorServer server, ExchangeAppender appender, Clock clock, Dataset dataset,
                            LabourDatabase database) {
        this.server = server;
        this.appender = appender;
        this.clock = clock;
        this.dataset = dataset;
        this.database = database;
    }

    /**
     * Checks the dataset, creates the tables that are absent, appends the rows due at the start clock
     * and binds the port.
     *
     * @throws org.civichub.simulators.common.DatasetException when a row breaks the contract
     * @throws IllegalStateException when the database cannot be used, holds rows of another dataset, or
     *         the port cannot be served
     */
    public static LabourSimulator start(LabourSimulatorSettings settings) {
        Dataset dataset = LabourDataset.check(settings.dataset());
        LabourDatabase database = settings.database();
        ExchangeAppender appender = ExchangeAppender.open(dataset, database, settings.reset());
        Instant start = settings.clock() != null ? settings.clock() : appender.resumedUpTo().orElse(null);
        Clock clock = Clock.forDataset(dataset, start);
        appender.advanceTo(clock.now());
        clock.addListener((from, to) -> appender.advanceTo(to));
        Inbox inbox = new Inbox(database);
        SimulatorServer server = SimulatorServer.start(settings.host(), settings.port(),
                new AdminApi(dataset, clock, () -> status(appender, inbox, database)), new InboxApi(inbox, database));
        return new LabourSimulator(server, appender, clock, dataset, database);
    }

    /** The admin API's base, {@code http://host:port/admin}. */
    public String adminUrl() {
        return server.adminUrl();
    }

    public int port() {
        return server.port();
    }

    public Dataset dataset() {
        return dataset;
    }

    public LabourDatabase database() {
        return database;
    }

    public Instant clock() {
        return clock.now();
    }

    /** Moves the clock, appending the step's rows before it returns. */
    public void setClock(Instant to) {
        clock.set(to);
    }

    /** Moves the clock to the dataset's latest update time, so every row is in. */
    public void setClockToEnd() {
        dataset.latest().ifPresent(clock::set);
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("jdbc", database.shownUrl());
        urls.put("admin", adminUrl());
        return urls;
    }

    @Override
    public void close() {
        server.close();
    }

    private static Map<String, Object> status(ExchangeAppender appender, Inbox inbox, LabourDatabase database) {
        Map<String, Object> status = new LinkedHashMap<>(appender.status());
        try {
            status.put("inbox", inbox.count());
        } catch (SQLException e) {
            status.put("inbox", null);
            status.put("databaseError", database.failure("cannot count " + LabourContract.INBOX, e));
        }
        return status;
    }
}
