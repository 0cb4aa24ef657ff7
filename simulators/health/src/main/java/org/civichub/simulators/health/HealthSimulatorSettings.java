package org.civichub.simulators.health;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorOptions;
import org.civichub.simulators.common.TableSpec;

/**
 * How to start a {@link HealthSimulator}.
 *
 * @param dataset the rows to drop
 * @param dropFolder the exchange folder the files are written to (created when absent)
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param clock the clock's start, or null for the dataset's earliest update time
 * @param seed the seed of the date styles when a table's dates are uniform (see {@link DateStyler})
 * @param xlsxEvery every {@code xlsxEvery}-th file is XLSX ({@value #DEFAULT_XLSX_EVERY} by contract)
 * @param incomingFolder the folder the hub writes events into (created when absent); not the drop folder.
 *        By default {@link HealthContract#defaultIncomingFolder}, {@code <drop folder>-incoming} beside it
 */
public record HealthSimulatorSettings(Dataset dataset, Path dropFolder, String host, int port, Instant clock,
                                      long seed, int xlsxEvery, Path incomingFolder) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_XLSX_EVERY = 3;

    public HealthSimulatorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dropFolder, "dropFolder");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(incomingFolder, "incomingFolder");
        if (incomingFolder.toAbsolutePath().normalize().equals(dropFolder.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the incoming folder must not be the drop folder " + dropFolder);
        }
        if (incomingFolder.toAbsolutePath().normalize().getFileName() == null) {
            throw new IllegalArgumentException("the incoming folder cannot be a file system root: " + incomingFolder);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (xlsxEvery < 1) {
            throw new IllegalArgumentException("xlsxEvery must be >= 1, not " + xlsxEvery);
        }
    }

    /** With the default incoming folder, {@code <drop folder>-incoming} beside the drop folder. */
    public HealthSimulatorSettings(Dataset dataset, Path dropFolder, String host, int port, Instant clock, long seed,
                                   int xlsxEvery) {
        this(dataset, dropFolder, host, port, clock, seed, xlsxEvery,
                HealthContract.defaultIncomingFolder(Objects.requireNonNull(dropFolder, "dropFolder")));
    }

    /**
     * Defaults for tests: 127.0.0.1, a free port, clock at the earliest row, seed 1, every third XLSX,
     * the incoming folder beside the drop folder.
     */
    public static HealthSimulatorSettings of(Dataset dataset, Path dropFolder) {
        return new HealthSimulatorSettings(dataset, dropFolder, SimulatorOptions.DEFAULT_HOST, 0, null,
                DEFAULT_SEED, DEFAULT_XLSX_EVERY);
    }

    /** {@link #of} for the health tables of a dataset directory. */
    public static HealthSimulatorSettings load(Path datasetDirectory, Path dropFolder) {
        return of(Dataset.load(datasetDirectory, TableSpec.ofDepartment("health")), dropFolder);
    }

    public HealthSimulatorSettings withPort(int newPort) {
        return new HealthSimulatorSettings(dataset, dropFolder, host, newPort, clock, seed, xlsxEvery, incomingFolder);
    }

    public HealthSimulatorSettings withClock(Instant newClock) {
        return new HealthSimulatorSettings(dataset, dropFolder, host, port, newClock, seed, xlsxEvery, incomingFolder);
    }

    public HealthSimulatorSettings withSeed(long newSeed) {
        return new HealthSimulatorSettings(dataset, dropFolder, host, port, clock, newSeed, xlsxEvery, incomingFolder);
    }

    public HealthSimulatorSettings withIncomingFolder(Path newIncomingFolder) {
        return new HealthSimulatorSettings(dataset, dropFolder, host, port, clock, seed, xlsxEvery, newIncomingFolder);
    }
}
