package org.civichub.simulators.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsed command-line options: {@code --name value} or {@code --name=value}, each at most once, no
 * positional arguments; {@code --help} and {@code -h} set {@link #helpRequested()}. Lookups of
 * malformed values throw {@link CliException} naming the option.
 */
public final class CliArgs {

    private final Map<String, String> options;
    private final boolean help;

    private CliArgs(Map<String, String> options, boolean help) {
        this.options = options;
        this.help = help;
    }

    /**
     * Parses arguments, accepting only the given option names (without the leading dashes).
     *
     * @throws CliException for an unknown or repeated option, a missing value or a positional argument
     */
    public static CliArgs parse(String[] args, Collection<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new CliException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!known.contains(name)) {
                throw new CliException("unknown option --" + name + " (known: " + new TreeSet<>(known) + ")");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new CliException("option --" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new CliException("option --" + name + " given twice");
            }
        }
        return new CliArgs(options, help);
    }

    public boolean helpRequested() {
        return help;
    }

    /** The names of the options given. */
    public Set<String> names() {
        return options.keySet();
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String string(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** @throws CliException when the option is absent */
    public String required(String name) {
        return string(name).orElseThrow(() -> new CliException("option --" + name + " is required"));
    }

    /** @throws CliException when the value is not an integer */
    public long integer(String name, long fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CliException("option --" + name + " must be an integer, not '" + value + "'");
        }
    }

    /** @throws CliException when the value is not a number */
    public double decimal(String name, double fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new CliException("option --" + name + " must be a number, not '" + value + "'");
        }
    }
}
