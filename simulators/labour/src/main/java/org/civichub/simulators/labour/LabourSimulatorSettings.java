package org.civichub.simulators.labour;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorOptions;

/**
 * How to start a {@link LabourSimulator}.
 *
 * @param dataset the rows to append (checked with {@link LabourDataset#check})
 * @param database the front machine's database holding the exchange tables
 * @param host the address to bind the admin API to
 * @param port the admin API's port, 0 for a free one
 * @param clock the clock's start, or null: where an earlier run on the same database left off, else
 *        the dataset's earliest update time
 * @param reset whether to empty the simulator's tables (exchange tables, inbox, progress) at start
 *        instead of resuming from what they hold
 */
public record LabourSimulatorSettings(Dataset dataset, LabourDatabase database, String host, int port, Instant clock,
                                      boolean reset) {

    public LabourSimulatorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
    }

    /** Defaults for tests: 127.0.0.1, a free port, the clock where it left off, resume. */
    public static LabourSimulatorSettings of(Dataset dataset, LabourDatabase database) {
        return new LabourSimulatorSettings(dataset, database, SimulatorOptions.DEFAULT_HOST, 0, null, false);
    }

    /** {@link #of} for the labour tables of a dataset directory. */
    public static LabourSimulatorSettings load(Path datasetDirectory, LabourDatabase database) {
        return of(LabourDataset.load(datasetDirectory), database);
    }

    public LabourSimulatorSettings withPort(int newPort) {
        return new LabourSimulatorSettings(dataset, database, host, newPort, clock, reset);
    }

    public LabourSimulatorSettings withClock(Instant newClock) {
        return new LabourSimulatorSettings(dataset, database, host, port, newClock, reset);
    }

    public LabourSimulatorSettings withReset(boolean newReset) {
        return new LabourSimulatorSettings(dataset, database, host, port, clock, newReset);
    }
}
