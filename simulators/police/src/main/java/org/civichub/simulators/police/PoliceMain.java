package org.civichub.simulators.police;

import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.common.CliArgs;
import org.civichub.simulators.common.CliException;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorOptions;
import org.civichub.simulators.common.TableSpec;

/**
 * {@code java -jar civichub-simulators-police.jar --dataset DIR [--port 8301] [--host 127.0.0.1]
 * [--clock ISO|start|end] [--busy-rate 0.05] [--seed 1] [--busy-every N] [--retry-after-millis 1000]}.
 */
public final class PoliceMain {

    public static final int DEFAULT_PORT = 8301;

    static final String USAGE = "usage: java -jar civichub-simulators-police.jar --dataset DIR [options]\n"
            + SimulatorOptions.USAGE.replace("for the service", "for /police")
            + """
                  --busy-rate R   probability of a SERVICE_BUSY fault per queryChanges call
                                  (default 0.05)
                  --seed N        seed of the busy-rate PRNG (default 1)
                  --busy-every N  instead: every N-th call is busy (1 = every call)
                  --retry-after-millis MS
                                  retryAfterMillis in SERVICE_BUSY faults (default 1000)
                  --help          this text
                The hub delivers events with the notify operation; GET /admin/inbox lists them and
                POST /admin/inbox?accepting=false|true takes the department down and back up.
                """;

    static final List<String> OPTIONS;

    static {
        List<String> options = new ArrayList<>(SimulatorOptions.NAMES);
        options.addAll(List.of("busy-rate", "seed", "busy-every", "retry-after-millis"));
        OPTIONS = List.copyOf(options);
    }

    private PoliceMain() {
    }

    public static void main(String[] args) {
        SimulatorMain.run("police", USAGE, OPTIONS, args, PoliceMain::start);
    }

    static PoliceSimulator start(CliArgs args) {
        SimulatorOptions common = SimulatorOptions.from(args, DEFAULT_PORT);
        BusyPolicy busy = busyPolicy(args);
        long retryAfter = args.integer("retry-after-millis", PoliceSimulatorSettings.DEFAULT_RETRY_AFTER_MILLIS);
        if (retryAfter < 0) {
            throw new CliException("option --retry-after-millis must be >= 0");
        }
        Dataset dataset = Dataset.load(common.dataset(), TableSpec.ofDepartment("police"));
        return PoliceSimulator.start(new PoliceSimulatorSettings(dataset, common.host(), common.port(),
                common.clockStart(dataset).orElse(null), busy, retryAfter));
    }

    static BusyPolicy busyPolicy(CliArgs args) {
        if (args.string("busy-every").isPresent()) {
            long every = args.integer("busy-every", 1);
            if (every < 1) {
                throw new CliException("option --busy-every must be >= 1");
            }
            return BusyPolicy.everyNth(every);
        }
        double rate = args.decimal("busy-rate", 0.05);
        if (!(rate >= 0 && rate <= 1)) {
            throw new CliException("option --busy-rate must be in [0, 1]");
        }
        return BusyPolicy.randomly(rate, args.integer("seed", 1));
    }
}
