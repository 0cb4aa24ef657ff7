package org.civichub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The conflicts between departments the hub found in a dataset next to the contradictions the
 * generator planted in it: the counts of {@code GET /api/v1/conflicts} (residents per kind and
 * departments) and the {@code applied} column of the dataset's flaws.csv for the flaws that make
 * departments disagree.
 *
 * <p>{@code java -cp civichub-bench.jar org.civichub.bench.ConflictQuality <flaws.csv> <conflicts.json>}
 * prints one line {@code conflicts <kind:departments>=<residents> … planted <FLAW>=<units> …}. Exit
 * status 0, or 2 for unreadable input.
 */
public final class ConflictQuality {

    /** The flaws that make departments disagree, with the conflict each should show as. */
    static final Map<String, String> PLANTED = new LinkedHashMap<>();

    static {
        PLANTED.put("DEATH_NOT_IN_POLICE", "status:civil/police");
        PLANTED.put("MARITAL_STATUS_CONFLICT", "marital:health/police");
        PLANTED.put("LABOUR_BIRTH_DATE_CONFLICT", "birthDate:labour/police");
        PLANTED.put("ADDRESS_CHANGE", "address");
    }

    private ConflictQuality() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: ConflictQuality <flaws.csv> <conflicts.json>");
            return 2;
        }
        try {
            out.println(line(planted(Path.of(args[0])), new ObjectMapper().readTree(Path.of(args[1]).toFile())));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cannot compare the conflicts: " + e.getMessage());
            return 2;
        }
    }

    /** The applied count of each flaw in flaws.csv ({@code flaw,eligible,applied}). */
    static Map<String, Long> planted(Path flaws) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(flaws, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells.length != 3) {
                throw new IllegalArgumentException(flaws + ": not flaw,eligible,applied: " + line);
            }
            out.put(cells[0], Long.parseLong(cells[2]));
        }
        return out;
    }

    static String line(Map<String, Long> planted, JsonNode conflicts) {
        StringJoiner found = new StringJoiner(" ", "conflicts ", "");
        for (JsonNode c : conflicts.path("counts")) {
            found.add(c.path("kind").asText() + ":" + c.path("departments").asText() + "=" + c.path("residents").asLong());
        }
        StringJoiner sown = new StringJoiner(" ", " planted ", "");
        PLANTED.forEach((flaw, conflict) -> sown.add(flaw + "=" + planted.getOrDefault(flaw, 0L) + "(" + conflict + ")"));
        return found + sown.toString();
    }
}
