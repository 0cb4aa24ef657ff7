package org.civichub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One line from an answer of the hub's API, for the quality benchmark:
 * <ul>
 *   <li>{@code findings <findings.json>}: {@code findings <finding>=<records> …} from {@code GET
 *       /api/v1/findings};</li>
 *   <li>{@code estimate <estimate.json>}: {@code estimate pairs=… sampled=… proportion=… iterations=…
 *       converged=… <comparator>:<level>=<weight>(<configured>) …} from {@code GET /api/v1/resolver/estimate}:
 *       the weights EM gives the hub's own candidate pairs beside those configured.</li>
 * </ul>
 * Exit status 0, or 2 for unreadable input.
 */
public final class ReportLines {

    private ReportLines() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("findings") && !args[0].equals("estimate")) {
            err.println("usage: ReportLines findings|estimate <answer.json>");
            return 2;
        }
        try {
            JsonNode answer = new ObjectMapper().readTree(Path.of(args[1]).toFile());
            out.println(args[0].equals("findings") ? findings(answer) : estimate(answer));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + args[1] + ": " + e.getMessage());
            return 2;
        }
    }

    static String findings(JsonNode answer) {
        StringJoiner line = new StringJoiner(" ", "findings ", "");
        answer.path("counts").fields().forEachRemaining(f -> line.add(f.getKey() + "=" + f.getValue().asLong()));
        return line.toString();
    }

    static String estimate(JsonNode e) {
        if (!e.has("comparators")) {
            throw new IllegalArgumentException("no estimate: " + e.path("detail").asText(e.toString()));
        }
        StringJoiner line = new StringJoiner(" ", "estimate ", "");
        line.add("pairs=" + e.path("pairsScored").asLong());
        line.add("sampled=" + e.path("pairsSampled").asLong());
        line.add("proportion=" + format(e.path("proportion").asDouble()));
        line.add("iterations=" + e.path("iterations").asInt());
        line.add("converged=" + e.path("converged").asBoolean());
        for (JsonNode c : e.path("comparators")) {
            for (JsonNode l : c.path("levels")) {
                line.add(c.path("name").asText() + ":" + l.path("level").asText() + "="
                        + format(l.path("weight").asDouble()) + "(" + format(l.path("configuredWeight").asDouble()) + ")");
            }
        }
        return line.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
