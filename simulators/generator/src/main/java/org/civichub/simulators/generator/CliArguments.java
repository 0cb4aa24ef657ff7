package org.civichub.simulators.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: the output directory and the settings. Options are {@code --name value}
 * or {@code --name=value}; {@code --out} is required, the others default as in
 * {@link GeneratorSettings#defaults()}. {@code --mess none} turns every flaw off and
 * {@code --mess LOWER_CASE_X=0.5,NAME_SPACE=0} overrides single rates.
 */
public record CliArguments(Path out, GeneratorSettings settings, boolean help) {

    public static final String USAGE = "usage: java -jar civichub-simulators-generator.jar --out DIR"
            + " [--persons N (default 10000)] [--seed S (default 42)] [--district 350203]"
            + " [--start 2023-01-01] [--end 2024-12-31] [--mess none|KIND=RATE,...]";

    private static final Set<String> OPTIONS = Set.of("out", "persons", "seed", "district", "start", "end", "mess");

    /** @throws UsageException naming the offending option or value */
    public static CliArguments parse(String... args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CliArguments(null, GeneratorSettings.defaults(), true);
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (eq < 0 && i + 1 >= args.length) {
                throw new UsageException("option --" + name + " needs a value");
            }
            String value = eq < 0 ? args[++i] : arg.substring(eq + 1);
            if (values.put(name, value) != null) {
                throw new UsageException("option --" + name + " given twice");
            }
        }
        if (!values.containsKey("out")) {
            throw new UsageException("option --out DIR is required");
        }
        GeneratorSettings d = GeneratorSettings.defaults();
        try {
            GeneratorSettings settings = new GeneratorSettings(
                    (int) number(values, "persons", d.persons(), Integer.MAX_VALUE), number(values, "seed", d.seed(), Long.MAX_VALUE),
                    values.getOrDefault("district", d.district()),
                    date(values, "start", d.start()), date(values, "end", d.end()), mess(values.get("mess")));
            return new CliArguments(Path.of(values.get("out")), settings, false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static long number(Map<String, String> values, String name, long fallback, long max) throws UsageException {
        String value = values.get(name);
        try {
            long n = value == null ? fallback : Long.parseLong(value.strip());
            if (n > max) {
                throw new UsageException("option --" + name + " is too large: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " needs a whole number, not '" + value + "'");
        }
    }

    /** {@code none}, or comma-separated {@code KIND=RATE} overriding the defaults. */
    private static MessRates mess(String value) throws UsageException {
        if (value == null) {
            return MessRates.defaults();
        }
        if (value.strip().equals("none")) {
            return MessRates.none();
        }
        MessRates rates = MessRates.defaults();
        for (String item : value.split(",")) {
            String[] kv = item.split("=", 2);
            try {
                rates = rates.with(MessKind.valueOf(kv[0].strip()), Double.parseDouble(kv[1].strip()));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new UsageException("option --mess needs none or KIND=RATE pairs with a kind of "
                        + java.util.Arrays.toString(MessKind.values()) + " and a rate from 0 to 1, not '" + item + "'");
            }
        }
        return rates;
    }

    private static LocalDate date(Map<String, String> values, String name, LocalDate fallback) throws UsageException {
        String value = values.get(name);
        try {
            return value == null ? fallback : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("option --" + name + " needs a date like 2023-01-01, not '" + value + "'");
        }
    }
}
