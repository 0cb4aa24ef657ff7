package org.civichub.simulators.civil;

import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.common.CliArgs;
import org.civichub.simulators.common.CliException;
import org.civichub.simulators.common.Dataset;
import org.civichub.simulators.common.SimulatorMain;
import org.civichub.simulators.common.SimulatorOptions;

/**
 * {@code java -jar civichub-simulators-civil.jar --dataset DIR [--port 8303] [--host 127.0.0.1]
 * [--clock ISO|start|end] [--api-key K] [--requests-per-second 20] [--unavailable-rate 0.01] [--seed 1]
 * [--unavailable-every N] [--retry-after-seconds 1] [--webhook-secret whsec_...]}.
 */
public final class CivilMain {

    public static final int DEFAULT_PORT = 8303;

    static final String USAGE = "usage: java -jar civichub-simulators-civil.jar --dataset DIR [options]\n"
            + SimulatorOptions.USAGE.replace("for the service", "for /api/v1")
            + """
                  --api-key K     the accepted X-Api-Key (default demo-civil-source)
                  --requests-per-second N
                                  requests per key and second before 429 (default 20, 0 = no limit)
                  --unavailable-rate R
                                  probability of a 503 per request (default 0.01)
                  --seed N        seed of the unavailable-rate PRNG (default 1)
                  --unavailable-every N
                                  instead: every N-th request is 503 (1 = every request)
                  --retry-after-seconds S
                                  Retry-After of a 503 (default 1)
                  --webhook-secret whsec_...[,whsec_...]
                                  accept the hub's pushed events at POST /hooks/civichub, signed
                                  the Standard Webhooks way with one of these secrets
                  --help          this text
                """;

    static final List<String> OPTIONS;

    static {
        List<String> options = new ArrayList<>(SimulatorOptions.NAMES);
        options.addAll(List.of("api-key", "requests-per-second", "unavailable-rate", "seed", "unavailable-every",
                "retry-after-seconds", "webhook-secret"));
        OPTIONS = List.copyOf(options);
    }

    private CivilMain() {
    }

    public static void main(String[] args) {
        SimulatorMain.run("civil", USAGE, OPTIONS, args, CivilMain::start);
    }

    static CivilSimulator start(CliArgs args) {
        SimulatorOptions common = SimulatorOptions.from(args, DEFAULT_PORT);
        String apiKey = args.string("api-key", CivilContract.DEFAULT_API_KEY);
        if (apiKey.isEmpty()) {
            throw new CliException("option --api-key must not be empty");
        }
        long perSecond = args.integer("requests-per-second", CivilSimulatorSettings.DEFAULT_REQUESTS_PER_SECOND);
        if (perSecond < 0 || perSecond > Integer.MAX_VALUE) {
            throw new CliException("option --requests-per-second must be >= 0");
        }
        long retryAfter = args.integer("retry-after-seconds", CivilSimulatorSettings.DEFAULT_RETRY_AFTER_SECONDS);
        if (retryAfter < 0) {
            throw new CliException("option --retry-after-seconds must be >= 0");
        }
        UnavailablePolicy policy = unavailablePolicy(args);
        Dataset dataset = Dataset.load(common.dataset(), CivilContract.TABLES);
        return CivilSimulator.start(new CivilSimulatorSettings(dataset, common.host(), common.port(),
                common.clockStart(dataset).orElse(null), apiKey, (int) perSecond, policy, retryAfter,
                System::currentTimeMillis, webhookSecrets(args)));
    }

    /** The comma-separated secrets of {@code --webhook-secret}; each must be whsec_&lt;base64&gt;. */
    static List<String> webhookSecrets(CliArgs args) {
        List<String> secrets = args.string("webhook-secret").map(s -> List.of(s.split(","))).orElse(List.of())
                .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String s : secrets) {
            if (!s.startsWith("whsec_")) {
                throw new CliException("option --webhook-secret takes whsec_<base64 key>, comma-separated");
            }
        }
        return secrets;
    }

    static UnavailablePolicy unavailablePolicy(CliArgs args) {
        if (args.string("unavailable-every").isPresent()) {
            long every = args.integer("unavailable-every", 1);
            if (every < 1) {
                throw new CliException("option --unavailable-every must be >= 1");
            }
            return UnavailablePolicy.everyNth(every);
        }
        double rate = args.decimal("unavailable-rate", CivilSimulatorSettings.DEFAULT_UNAVAILABLE_RATE);
        if (!(rate >= 0 && rate <= 1)) {
            throw new CliException("option --unavailable-rate must be in [0, 1]");
        }
        return UnavailablePolicy.randomly(rate, args.integer("seed", 1));
    }
}
