package org.civichub.bench;

import static org.civichub.bench.OptionValues.nonNegative;
import static org.civichub.bench.OptionValues.number;
import static org.civichub.bench.OptionValues.positive;
import static org.civichub.bench.OptionValues.url;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The options of the {@code search} command.
 *
 * @param api             the base URL of the hub's API ({@code …/api/v1}), without a trailing slash
 * @param user            the hub user the API is searched as (HTTP Basic)
 * @param password        that user's password
 * @param es              the base URL of Elasticsearch, without a trailing slash
 * @param index           the residents index or alias the hub searches, e.g. {@code civichub-demo-residents}
 * @param scope           the division-code prefix the user's scope is (2 to 12 digits): the scope filter of
 *                        the queries sent to Elasticsearch, and where the sample of residents is drawn from
 * @param users           virtual users of the phases with think time, each at least 1, run in this order
 * @param saturationUsers virtual users of the saturation phase (no think time), at least 1
 * @param seconds         the measured seconds of each phase, more than 0
 * @param warmup          the seconds before each phase's measurement, 0 or more
 * @param thinkMs         the mean think time of a user between answer and next query, in milliseconds, at least 0
 * @param seed            the seed of the sample, the query mix and the think times
 * @param sample          residents sampled from the index to make the queries from, 1 to 10,000
 */
record SearchOptions(URI api, String user, String password, URI es, String index, String scope, List<Integer> users,
                     int saturationUsers, double seconds, double warmup, int thinkMs, long seed, int sample) {

    static final String USAGE = "usage: java -jar civichub-bench.jar search [--api URL (http://127.0.0.1:8181/api/v1)]"
            + " [--user NAME (demo)] [--password PASSWORD (demo)] [--es URL (http://127.0.0.1:9200)]"
            + " [--index NAME (civichub-demo-residents)] [--scope DIVISION-PREFIX (350203)] [--users N,N (50,150)]"
            + " [--saturation-users N (16)] [--seconds S (60)] [--warmup S (10)] [--think-ms MS (1000)] [--seed N (1)]"
            + " [--sample N (2000)]";

    /** Elasticsearch's default {@code index.max_result_window}: the largest sample one search returns. */
    static final int MAX_SAMPLE = 10_000;

    SearchOptions {
        users = List.copyOf(users);
    }

    static SearchOptions defaults() {
        return new SearchOptions(URI.create("http://127.0.0.1:8181/api/v1"), "demo", "demo",
                URI.create("http://127.0.0.1:9200"), "civichub-demo-residents", "350203", List.of(50, 150), 16, 60, 10,
                1000, 1, 2000);
    }

    /**
     * Parses {@code search} and its options, each written {@code --name value} or {@code --name=value}.
     *
     * @throws UsageException naming the first argument that is not understood or out of range
     */
    static SearchOptions parse(List<String> args) throws UsageException {
        return OptionValues.parse(args, "search", defaults(), SearchOptions::with);
    }

    private SearchOptions with(String name, String value) throws UsageException {
        URI api = this.api;
        String user = this.user;
        String password = this.password;
        URI es = this.es;
        String index = this.index;
        String scope = this.scope;
        List<Integer> users = this.users;
        int saturationUsers = this.saturationUsers;
        double seconds = this.seconds;
        double warmup = this.warmup;
        int thinkMs = this.thinkMs;
        long seed = this.seed;
        int sample = this.sample;
        switch (name) {
            case "--api" -> api = url(name, value);
            case "--user" -> user = text(name, value);
            case "--password" -> password = value;
            case "--es" -> es = url(name, value);
            case "--index" -> index = index(value);
            case "--scope" -> scope = scope(value);
            case "--users" -> users = users(value);
            case "--saturation-users" -> saturationUsers = positive(name, value);
            case "--seconds" -> seconds = seconds(name, value, false);
            case "--warmup" -> warmup = seconds(name, value, true);
            case "--think-ms" -> thinkMs = nonNegative(name, value);
            case "--seed" -> seed = number(name, value);
            case "--sample" -> {
                sample = positive(name, value);
                if (sample > MAX_SAMPLE) {
                    throw new UsageException("--sample must be at most " + MAX_SAMPLE + ", not " + value);
                }
            }
            default -> throw new UsageException("unknown option: " + name);
        }
        return new SearchOptions(api, user, password, es, index, scope, users, saturationUsers, seconds, warmup, thinkMs,
                seed, sample);
    }

    private static String text(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be empty");
        }
        return value.strip();
    }

    /** An index or alias name as Elasticsearch allows it (lower case, no path or wildcard characters). */
    private static String index(String value) throws UsageException {
        String v = value.strip();
        if (!v.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new UsageException("--index must be an index or alias name, not " + value);
        }
        return v;
    }

    private static String scope(String value) throws UsageException {
        String v = value.strip();
        if (!v.matches("\\d{2,12}")) {
            throw new UsageException("--scope must be a division-code prefix of 2 to 12 digits, not " + value);
        }
        return v;
    }

    private static List<Integer> users(String value) throws UsageException {
        List<Integer> users = new ArrayList<>();
        for (String part : value.split(",")) {
            int n = positive("--users", part.strip());
            if (users.contains(n)) {
                throw new UsageException("--users names " + n + " twice");
            }
            users.add(n);
        }
        return users;
    }

    private static double seconds(String name, String value, boolean zeroAllowed) throws UsageException {
        double s;
        try {
            s = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number of seconds, not " + value);
        }
        if (!Double.isFinite(s) || s < 0 || s == 0 && !zeroAllowed || s > 86_400) {
            throw new UsageException(name + " must be " + (zeroAllowed ? "0 or more" : "more than 0")
                    + " seconds (at most a day), not " + value);
        }
        return s;
    }

    /** The options as a comment line; the password is not shown. */
    String describe() {
        return "# search benchmark: api " + api + " as " + user + ", elasticsearch " + es + " index " + index
                + ", scope " + scope + ", users " + users.stream().map(String::valueOf).collect(Collectors.joining(","))
                + " (think " + thinkMs + " ms, exponential, capped at 5x)"
                + ", saturation users " + saturationUsers + " (no think time), " + format(warmup) + " s warm-up + "
                + format(seconds) + " s measured per phase, seed " + seed + ", sample " + sample;
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
