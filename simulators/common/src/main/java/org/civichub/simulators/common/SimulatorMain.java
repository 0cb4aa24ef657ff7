package org.civichub.simulators.common;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The life cycle of a simulator run from the command line: parse the options, start, print the URLs,
 * run until Ctrl-C or SIGTERM (a shutdown hook closes the simulator). Exit status 2 for a bad command
 * line, 1 when the simulator cannot start.
 */
public final class SimulatorMain {

    /** A started simulator as the launcher sees it. */
    public interface Running extends AutoCloseable {
        /** Label to URL, printed at start in this order (e.g. "soap", "wsdl", "admin"). */
        Map<String, String> urls();

        @Override
        void close();
    }

    /** Starts a simulator from parsed options. */
    @FunctionalInterface
    public interface Starter {
        Running start(CliArgs args);
    }

    /** The result of {@link #launch}: a running simulator, or the exit status when there is none. */
    public record Launch(Running running, int exitStatus) {
    }

    private static final Logger CXF_LOG = Logger.getLogger("org.apache.cxf");

    private SimulatorMain() {
    }

    /** Launches and then blocks until the JVM is asked to stop; exits on failure. */
    public static void run(String name, String usage, Collection<String> options, String[] args, Starter starter) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        CXF_LOG.setLevel(Level.WARNING);
        Launch launch = launch(name, usage, options, args, starter, System.out, System.err);
        if (launch.running() == null) {
            System.exit(launch.exitStatus());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launch.running().close();
            stopped.countDown();
        }, name + "-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Parses, starts and reports; never exits the JVM. */
    public static Launch launch(String name, String usage, Collection<String> options, String[] args,
                                Starter starter, PrintStream out, PrintStream err) {
        CliArgs parsed;
        try {
            parsed = CliArgs.parse(args, options);
        } catch (CliException e) {
            err.println(name + ": " + e.getMessage());
            err.print(usage);
            return new Launch(null, 2);
        }
        if (parsed.helpRequested()) {
            out.print(usage);
            return new Launch(null, 0);
        }
        Running running;
        try {
            running = starter.start(parsed);
        } catch (CliException e) {
            err.println(name + ": " + e.getMessage());
            err.print(usage);
            return new Launch(null, 2);
        } catch (RuntimeException e) {
            err.println(name + ": cannot start: " + e.getMessage());
            return new Launch(null, 1);
        }
        out.println(name + " simulator running");
        running.urls().forEach((label, url) -> out.printf("  %-6s %s%n", label, url));
        out.println("Ctrl-C to stop");
        return new Launch(running, 0);
    }
}
