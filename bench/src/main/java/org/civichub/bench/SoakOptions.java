package org.civichub.bench;

import static org.civichub.bench.OptionValues.url;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of the {@code soak} check.
 *
 * @param api      the base URL of the hub's API ({@code …/api/v1})
 * @param user     an operator of the hub (HTTP Basic), to read the connectors
 * @param password that user's password
 * @param es       the base URL of Elasticsearch
 * @param prefix   the hub's index prefix, e.g. {@code civichub-demo}
 * @param truth    the dataset's truth.csv (record_key, person_key)
 * @param links    the hub's link export as CSV (record_key, resident_id, state)
 * @param expected per department, the record versions its system serves; its connector is {@code <department>-default}
 * @param inboxes  per department pushed to, the URL of its system's inbound side ({@code /admin/inbox})
 * @param keys     per department pushed to, its API key, to read its pull feed
 * @param settle   the most seconds to wait for a push channel to deliver its feed's last event
 */
record SoakOptions(URI api, String user, String password, URI es, String prefix, Path truth, Path links,
                   Map<String, Long> expected, Map<String, URI> inboxes, Map<String, String> keys, long settle) {

    static final String USAGE = "usage: java -jar civichub-bench.jar soak --truth FILE --links FILE"
            + " --expected DEPARTMENT=N ... [--inbox DEPARTMENT=URL ...] [--key DEPARTMENT=KEY ...]"
            + " [--api URL (http://127.0.0.1:8181/api/v1)] [--user NAME (demo)] [--password PASSWORD (demo)]"
            + " [--es URL (http://127.0.0.1:9200)] [--prefix NAME (civichub-demo)] [--settle S (300)]";

    SoakOptions {
        expected = Map.copyOf(expected);
        inboxes = Map.copyOf(inboxes);
        keys = Map.copyOf(keys);
    }

    /** The departments, by name. */
    List<String> departments() {
        return expected.keySet().stream().sorted().toList();
    }

    static SoakOptions parse(List<String> args) throws UsageException {
        SoakOptions o = OptionValues.parse(args, "soak", new SoakOptions(URI.create("http://127.0.0.1:8181/api/v1"),
                "demo", "demo", URI.create("http://127.0.0.1:9200"), "civichub-demo", null, null, Map.of(), Map.of(),
                Map.of(), 300), SoakOptions::with);
        if (o.truth == null || o.links == null || o.expected.isEmpty()) {
            throw new UsageException("--truth, --links and at least one --expected are needed");
        }
        for (String d : o.inboxes.keySet()) {
            if (!o.expected.containsKey(d) || !o.keys.containsKey(d)) {
                throw new UsageException("the department " + d + " has an --inbox but no --expected or no --key");
            }
        }
        return o;
    }

    private SoakOptions with(String name, String value) throws UsageException {
        URI api = this.api;
        String user = this.user;
        String password = this.password;
        URI es = this.es;
        String prefix = this.prefix;
        Path truth = this.truth;
        Path links = this.links;
        Map<String, Long> expected = this.expected;
        Map<String, URI> inboxes = this.inboxes;
        Map<String, String> keys = this.keys;
        long settle = this.settle;
        switch (name) {
            case "--api" -> api = url(name, value);
            case "--user" -> user = value;
            case "--password" -> password = value;
            case "--es" -> es = url(name, value);
            case "--prefix" -> prefix = value;
            case "--truth" -> truth = Path.of(value);
            case "--links" -> links = Path.of(value);
            case "--expected" -> expected = put(expected, name, value, v -> OptionValues.nonNegative(name, v) * 1L);
            case "--inbox" -> inboxes = put(inboxes, name, value, v -> url(name, v));
            case "--key" -> keys = put(keys, name, value, v -> v);
            case "--settle" -> settle = OptionValues.nonNegative(name, value);
            default -> throw new UsageException("unknown option: " + name);
        }
        return new SoakOptions(api, user, password, es, prefix, truth, links, expected, inboxes, keys, settle);
    }

    @FunctionalInterface
    private interface Value<T> {
        T of(String text) throws UsageException;
    }

    /** The map with one more {@code department=value}. */
    private static <T> Map<String, T> put(Map<String, T> map, String name, String pair, Value<T> value)
            throws UsageException {
        int eq = pair.indexOf('=');
        if (eq < 1 || !pair.substring(0, eq).matches("[a-z][a-z0-9-]*")) {
            throw new UsageException(name + " must be DEPARTMENT=VALUE, not " + pair);
        }
        Map<String, T> out = new LinkedHashMap<>(map);
        out.put(pair.substring(0, eq), value.of(pair.substring(eq + 1)));
        return out;
    }
}
