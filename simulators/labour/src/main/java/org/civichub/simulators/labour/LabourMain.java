package org.civichub.simulators.labour;

import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.common.CliArgs;
import org.civichub.simulators.common.CliException;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorOptions;

/**
 * {@code java -jar civichub-simulators-labour.jar --dataset DIR [--jdbc-url URL] [--user civichub]
 * [--port 8304] [--host 127.0.0.1] [--clock ISO|start|end] [--existing-rows resume|reset]}.
 */
public final class LabourMain {

    public static final int DEFAULT_PORT = 8304;

    private static final String RESUMED_CLOCK = """
            default: where the last run on the database left off,
                              else the dataset's earliest update time""";

    static final String USAGE = "usage: java -jar civichub-simulators-labour.jar --dataset DIR [options]\n"
            + SimulatorOptions.USAGE.replace("for the service and /admin", "for /admin")
                    .replace("default: the dataset's earliest update time", RESUMED_CLOCK)
            + """
                  --jdbc-url URL  the database of the exchange tables
                                  (default jdbc:postgresql://127.0.0.1:5432/labour)
                  --user NAME     the database user (default civichub; a password goes in the URL)
                  --existing-rows resume|reset
                                  rows the tables hold from an earlier run: append after them
                                  (resume, the default) or delete them first (reset)
                  --help          this text
                """;

    static final List<String> OPTIONS;

    static {
        List<String> options = new ArrayList<>(SimulatorOptions.NAMES);
        options.addAll(List.of("jdbc-url", "user", "existing-rows"));
        OPTIONS = List.copyOf(options);
    }

    private LabourMain() {
    }

    public static void main(String[] args) {
        SimulatorMain.run("labour", USAGE, OPTIONS, args, LabourMain::start);
    }

    static LabourSimulator start(CliArgs args) {
        SimulatorOptions common = SimulatorOptions.from(args, DEFAULT_PORT);
        LabourDatabase database;
        try {
            database = new LabourDatabase(args.string("jdbc-url", LabourContract.DEFAULT_JDBC_URL),
                    args.string("user", LabourContract.DEFAULT_USER));
        } catch (IllegalArgumentException e) {
            throw new CliException("option --jdbc-url: " + e.getMessage());
        }
        boolean reset = switch (args.string("existing-rows", "resume")) {
            case "resume" -> false;
            case "reset" -> true;
            default -> throw new CliException("option --existing-rows must be resume or reset");
        };
        Dataset dataset = LabourDataset.load(common.dataset());
        return LabourSimulator.start(new LabourSimulatorSettings(dataset, database, common.host(), common.port(),
                common.clockStart(dataset).orElse(null), reset));
    }
}
