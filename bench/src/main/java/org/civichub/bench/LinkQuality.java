package org.civichub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well the hub linked a dataset: its link export (record_key,resident_id,state) against the
 * dataset's truth.csv (record_key,person_key), as pairwise precision, recall and F1. A pair of records
 * is predicted when both are linked to one resident and true when both are one person; a record the
 * hub did not link (unlinked, in review, quarantined) predicts no pair, so it costs recall.
 *
 * <p>{@code java -cp civichub-bench.jar org.civichub.bench.LinkQuality <truth.csv> <links.csv>}
 * prints one line {@code persons=… records=… precision=… recall=… f1=… review=… review_share=…
 * unlinked=… quarantined=… missing=… extra=…}; {@code missing} counts records of the truth that
 * the export lacks, {@code extra} exported records the truth does not know. Exit status 0, or 2 for
 * unreadable input.
 */
public final class LinkQuality {

    /** The figures of one comparison. */
    public record Figures(long persons, long records, long truePairs, long predictedPairs, long correctPairs,
                          long review, long unlinked, long quarantined, long missing, long extra) {

        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double reviewShare() {
            return persons == 0 ? 0 : (double) review / persons;
        }

        public String line() {
            return String.format(Locale.ROOT, "persons=%d records=%d precision=%.5f recall=%.5f f1=%.5f review=%d "
                            + "review_share=%.5f unlinked=%d quarantined=%d missing=%d extra=%d",
                    persons, records, precision(), recall(), f1(), review, reviewShare(), unlinked, quarantined,
                    missing, extra);
        }
    }

    private LinkQuality() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: LinkQuality <truth.csv> <links.csv>");
            return 2;
        }
        try (Reader truth = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Reader links = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.println(compare(truth, links).line());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** Compares a link export with the truth, both CSV with a header row. */
    public static Figures compare(Reader truthCsv, Reader linksCsv) throws IOException {
        Map<String, String> personOf = columns(truthCsv, "record_key", "person_key");
        Map<String, String[]> links = new HashMap<>();
        for (String[] row : rows(linksCsv, "record_key", "resident_id", "state")) {
            links.put(row[0], row);
        }
        Map<String, Long> perPerson = new HashMap<>();
        Map<String, Long> perResident = new HashMap<>();
        Map<String, Long> perCell = new HashMap<>();
        long review = 0;
        long unlinked = 0;
        long quarantined = 0;
        long missing = 0;
        for (Map.Entry<String, String> e : personOf.entrySet()) {
            perPerson.merge(e.getValue(), 1L, Long::sum);
            String[] link = links.get(e.getKey());
            if (link == null) {
                missing++;
                continue;
            }
            switch (link[2]) {
                case "review" -> review++;
                case "unlinked" -> unlinked++;
                case "quarantined" -> quarantined++;
                default -> {
                }
            }
            if (!link[1].isEmpty() && "linked".equals(link[2])) {
                perResident.merge(link[1], 1L, Long::sum);
                perCell.merge(link[1] + '\u0000' + e.getValue(), 1L, Long::sum);
            }
        }
        long extra = links.keySet().stream().filter(k -> !personOf.containsKey(k)).count();
        return new Figures(perPerson.size(), personOf.size(), pairs(perPerson), pairs(perResident), pairs(perCell),
                review, unlinked, quarantined, missing, extra);
    }

    private static long pairs(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static Map<String, String> columns(Reader csv, String key, String value) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String[] row : rows(csv, key, value)) {
            if (out.put(row[0], row[1]) != null) {
                throw new IllegalArgumentException("the truth names record " + row[0] + " twice");
            }
        }
        return out;
    }

    /** The named columns of every row, in the order asked. */
    static List<String[]> rows(Reader csv, String... names) throws IOException {
        BufferedReader in = new BufferedReader(csv);
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty CSV: no header row");
        }
        List<String> columns = fields(header);
        int[] at = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            at[i] = columns.indexOf(names[i]);
            if (at[i] < 0) {
                throw new IllegalArgumentException("no column '" + names[i] + "' in header " + columns);
            }
        }
        List<String[]> out = new ArrayList<>();
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = fields(line);
            String[] row = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                if (at[i] >= f.size()) {
                    throw new IllegalArgumentException("line " + lineNo + " has no column '" + names[i] + "'");
                }
                row[i] = f.get(at[i]);
            }
            out.add(row);
        }
        return out;
    }

    /** One CSV line's fields; a quoted field may hold commas and doubled quotes, not line breaks. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
