package org.civichub.bench;

import java.net.URI;
import java.util.List;

/** The values of command-line options the benchmarks share, each refused with the option's name. */
final class OptionValues {

    private OptionValues() {
    }

    /** One option taken into the options parsed so far. */
    @FunctionalInterface
    interface Step<O> {
        O with(O options, String name, String value) throws UsageException;
    }

    /**
     * Parses {@code <command>} and its options, each written {@code --name value} or
     * {@code --name=value}, into the defaults one step at a time.
     *
     * @throws UsageException naming the first argument that is not understood or out of range
     */
    static <O> O parse(List<String> args, String command, O defaults, Step<O> step) throws UsageException {
        if (args.isEmpty() || !command.equals(args.get(0))) {
            throw new UsageException(args.isEmpty() ? "no command given" : "unknown command: " + args.get(0));
        }
        O o = defaults;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            o = step.with(o, name, value);
        }
        return o;
    }

    /** An http(s) URL without trailing slashes. */
    static URI url(String name, String value) throws UsageException {
        URI uri;
        try {
            uri = URI.create(value.strip().replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + " must be an http(s) URL, not " + value);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new UsageException(name + " must be an http(s) URL, not " + value);
        }
        return uri;
    }

    static int positive(String name, String value) throws UsageException {
        long n = number(name, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new UsageException(name + " must be a positive number, not " + value);
        }
        return (int) n;
    }

    static int nonNegative(String name, String value) throws UsageException {
        long n = number(name, value);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new UsageException(name + " must be 0 or a positive number, not " + value);
        }
        return (int) n;
    }

    /** A whole number, written with or without {@code _} between digits. */
    static long number(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, not " + value);
        }
    }
}
