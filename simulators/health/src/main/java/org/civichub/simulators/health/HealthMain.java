package org.civichub.simulators.health;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.common.CliArgs;
import org.civichub.simulators.common.CliException;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorOptions;
import org.civichub.simulators.common.TableSpec;

/**
 * {@code java -jar civichub-simulators-health.jar --dataset DIR --drop DIR [--incoming DIR] [--port 8302]
 * [--host 127.0.0.1] [--clock ISO|start|end] [--seed 1] [--xlsx-every 3]}.
 */
public final class HealthMain {

    public static final int DEFAULT_PORT = 8302;

    static final String USAGE = "usage: java -jar civichub-simulators-health.jar --dataset DIR --drop DIR [options]\n"
            + SimulatorOptions.USAGE.replace("for the service and /admin", "for /admin")
            + """
                  --drop DIR      the exchange folder to write files into (created if absent), required
                  --incoming DIR  the folder the hub writes events into, one
                                  civichub_<sequence, 12 digits>_<event id>.json each, complete
                                  once <name>.ok is there (created if absent; default: <drop>-incoming
                                  beside the drop folder); GET /admin/inbox lists them,
                                  POST /admin/inbox?accepting=false|true takes the department
                                  down and back up
                  --seed N        seed of the date styles when a table's dates are uniform (default 1)
                  --xlsx-every N  every N-th file is .xlsx instead of .csv (default 3)
                  --help          this text
                """;

    static final List<String> OPTIONS;

    static {
        List<String> options = new ArrayList<>(SimulatorOptions.NAMES);
        options.addAll(List.of("drop", "incoming", "seed", "xlsx-every"));
        OPTIONS = List.copyOf(options);
    }

    private HealthMain() {
    }

    public static void main(String[] args) {
        SimulatorMain.run("health", USAGE, OPTIONS, args, HealthMain::start);
    }

    static HealthSimulator start(CliArgs args) {
        SimulatorOptions common = SimulatorOptions.from(args, DEFAULT_PORT);
        Path drop = Path.of(args.required("drop"));
        Path incoming = args.string("incoming").map(Path::of).orElse(HealthContract.defaultIncomingFolder(drop));
        if (incoming.toAbsolutePath().normalize().equals(drop.toAbsolutePath().normalize())) {
            throw new CliException("option --incoming must not be the drop folder");
        }
        long seed = args.integer("seed", HealthSimulatorSettings.DEFAULT_SEED);
        long xlsxEvery = args.integer("xlsx-every", HealthSimulatorSettings.DEFAULT_XLSX_EVERY);
        if (xlsxEvery < 1 || xlsxEvery > Integer.MAX_VALUE) {
            throw new CliException("option --xlsx-every must be >= 1");
        }
        Dataset dataset = Dataset.load(common.dataset(), TableSpec.ofDepartment("health"));
        return HealthSimulator.start(new HealthSimulatorSettings(dataset, drop, common.host(), common.port(),
                common.clockStart(dataset).orElse(null), seed, (int) xlsxEvery, incoming));
    }
}
