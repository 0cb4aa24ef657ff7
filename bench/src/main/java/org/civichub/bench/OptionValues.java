package org.civichub.bench;

import java.net.URI;

/** The values of command-line options the benchmarks share, each refused with the option's name. */
final class OptionValues {

    private OptionValues() {
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
