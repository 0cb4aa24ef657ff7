package org.civichub.simulators.police;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorOptions;
import org.civichub.simulators.common.TableSpec;

/**
 * How to start a {@link PoliceSimulator}.
 *
 * @param dataset the rows to serve
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param clock the clock's start, or null for the dataset's earliest update time
 * @param busyPolicy which calls get the SERVICE_BUSY fault
 * @param retryAfterMillis the retryAfterMillis the SERVICE_BUSY fault advises
 */
public record PoliceSimulatorSettings(Dataset dataset, String host, int port, Instant clock,
                                      BusyPolicy busyPolicy, long retryAfterMillis) {

    public static final long DEFAULT_RETRY_AFTER_MILLIS = 1000;

    public PoliceSimulatorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(busyPolicy, "busyPolicy");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (retryAfterMillis < 0) {
            throw new IllegalArgumentException("retryAfterMillis must be >= 0, not " + retryAfterMillis);
        }
    }

    /** Defaults for tests: 127.0.0.1, a free port, clock at the earliest row, never busy. */
    public static PoliceSimulatorSettings of(Dataset dataset) {
        return new PoliceSimulatorSettings(dataset, SimulatorOptions.DEFAULT_HOST, 0, null,
                BusyPolicy.never(), DEFAULT_RETRY_AFTER_MILLIS);
    }

    /** {@link #of(Dataset)} for the police tables of a dataset directory. */
    public static PoliceSimulatorSettings load(Path datasetDirectory) {
        return of(Dataset.load(datasetDirectory, TableSpec.ofDepartment("police")));
    }

    public PoliceSimulatorSettings withHost(String newHost) {
        return new PoliceSimulatorSettings(dataset, newHost, port, clock, busyPolicy, retryAfterMillis);
    }

    public PoliceSimulatorSettings withPort(int newPort) {
        return new PoliceSimulatorSettings(dataset, host, newPort, clock, busyPolicy, retryAfterMillis);
    }

    public PoliceSimulatorSettings withClock(Instant newClock) {
        return new PoliceSimulatorSettings(dataset, host, port, newClock, busyPolicy, retryAfterMillis);
    }

    public PoliceSimulatorSettings withBusyPolicy(BusyPolicy newPolicy) {
        return new PoliceSimulatorSettings(dataset, host, port, clock, newPolicy, retryAfterMillis);
    }

    public PoliceSimulatorSettings withRetryAfterMillis(long newRetryAfterMillis) {
        return new PoliceSimulatorSettings(dataset, host, port, clock, busyPolicy, newRetryAfterMillis);
    }
}
