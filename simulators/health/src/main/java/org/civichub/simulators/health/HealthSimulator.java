package org.civichub.simulators.health;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civichub.simulators.common.AdminApi;
import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorServer;

/**
 * A running health department simulator: it writes drop files into {@link #dropFolder()}, lets the hub
 * write events into {@link #incomingFolder()}, and serves the admin API at {@link #adminUrl()}
 * ({@code /admin/clock}, {@code /admin/status}, {@code /admin/drops}, {@code /admin/inbox}). At start it
 * drops the rows at or before the start clock; each later clock move drops the rows of the step before
 * the move returns. Stop it with {@link #close()}. Thread-safe.
 */
public final class HealthSimulator implements SimulatorMain.Running {

    private final SimulatorServer server;
    private final FileDrops drops;
    private final Clock clock;
    private final Dataset dataset;
    private final Path dropFolder;
    private final IncomingFolder incoming;

    private HealthSimulator(SimulatorServer server, FileDrops drops, Clock clock, Dataset dataset, Path dropFolder,
                            IncomingFolder incoming) {
        this.server = server;
        this.drops = drops;
        this.clock = clock;
        this.dataset = dataset;
        this.dropFolder = dropFolder;
        this.incoming = incoming;
    }

    /**
     * Creates the drop and incoming folders (bringing the latter back up when a simulator stopped while
     * down left it aside), writes the first drop and binds the port.
     *
     * @throws IllegalStateException when the port cannot be served
     * @throws java.io.UncheckedIOException when the drop folder cannot be written or the incoming folder
     *         cannot be created
     */
    public static HealthSimulator start(HealthSimulatorSettings settings) {
        Dataset dataset = settings.dataset();
        Clock clock = Clock.forDataset(dataset, settings.clock());
        FileDrops drops = new FileDrops(dataset, new DropFolder(settings.dropFolder()), settings.seed(),
                settings.xlsxEvery());
        IncomingFolder incoming = new IncomingFolder(settings.incomingFolder());
        drops.advanceTo(clock.now());
        clock.addListener((from, to) -> drops.advanceTo(to));
        SimulatorServer server = SimulatorServer.start(settings.host(), settings.port(),
                new AdminApi(dataset, clock, drops::status), new DropsApi(drops), new InboxApi(incoming));
        return new HealthSimulator(server, drops, clock, dataset, settings.dropFolder(), incoming);
    }

    public Path dropFolder() {
        return dropFolder;
    }

    /** The folder the hub writes events into (while the department is down, a file stands in its place). */
    public Path incomingFolder() {
        return incoming.directory();
    }

    /** The events the hub has written into the incoming folder (marker there), by sequence. */
    public List<IncomingEvent> incoming() {
        return incoming.arrived();
    }

    /** Takes the department down ({@code false}) or back up, as {@code POST /admin/inbox?accepting=} does. */
    public void setAccepting(boolean accepting) {
        incoming.setAccepting(accepting);
    }

    public boolean accepting() {
        return incoming.accepting();
    }

    /** The inbound side's admin resource, {@code http://host:port/admin/inbox}. */
    public String inboxUrl() {
        return adminUrl() + "/inbox";
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

    public Instant clock() {
        return clock.now();
    }

    /** Moves the clock, writing the step's files before it returns. */
    public void setClock(Instant to) {
        clock.set(to);
    }

    /** Moves the clock to the dataset's latest update time, so every row has been dropped. */
    public void setClockToEnd() {
        dataset.latest().ifPresent(clock::set);
    }

    /** The files written so far, oldest first. */
    public List<Drop> drops() {
        return drops.written();
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("drops", dropFolder.toAbsolutePath().toString());
        urls.put("inbox", incoming.directory().toAbsolutePath().toString());
        urls.put("admin", adminUrl());
        return urls;
    }

    /** Stops serving and brings the department back up, so the incoming folder is a folder again. */
    @Override
    public void close() {
        server.close();
        try {
            incoming.close();
        } catch (RuntimeException e) {
            // the port is free; the next start brings the folder back
        }
    }
}
