package org.civichub.simulators.common;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The options every simulator's command line has.
 *
 * @param dataset the dataset directory ({@code --dataset}, required)
 * @param host the address to bind ({@code --host}, default {@value #DEFAULT_HOST})
 * @param port the port ({@code --port}, default per simulator; 0 picks a free one)
 * @param clock the clock's start as given ({@code --clock}: ISO-8601, {@code start} or {@code end});
 *        null for the dataset's earliest time
 */
public record SimulatorOptions(Path dataset, String host, int port, String clock) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The option names, for {@link CliArgs#parse}. */
    public static final List<String> NAMES = List.of("dataset", "host", "port", "clock");

    /** Usage lines for these options. */
    public static final String USAGE = """
              --dataset DIR   dataset directory (<dataset>/<department>/<file>.csv), required
              --host HOST     address to bind (default 127.0.0.1)
              --port PORT     port for the service and /admin (0 = any free port)
              --clock TIME    start clock: ISO-8601 (no offset = Asia/Shanghai), 'start' or 'end';
                              default: the dataset's earliest update time
            """;

    /**
     * Reads the common options.
     *
     * @throws CliException when --dataset is missing or --port is not a port number
     */
    public static SimulatorOptions from(CliArgs args, int defaultPort) {
        long port = args.integer("port", defaultPort);
        if (port < 0 || port > 65_535) {
            throw new CliException("option --port must be 0..65535, not " + port);
        }
        return new SimulatorOptions(Path.of(args.required("dataset")), args.string("host", DEFAULT_HOST),
                (int) port, args.string("clock").orElse(null));
    }

    /**
     * The clock's start for a loaded dataset; empty when {@code --clock} was not given.
     *
     * @throws CliException when the value is not a time
     */
    public Optional<Instant> clockStart(Dataset loaded) {
        if (clock == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClockArgument.resolve(clock, loaded));
        } catch (IllegalArgumentException e) {
            throw new CliException("option --clock: " + e.getMessage());
        }
    }
}
