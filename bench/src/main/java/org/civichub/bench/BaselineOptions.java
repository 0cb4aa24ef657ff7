package org.civichub.bench;

import static org.civichub.bench.OptionValues.number;
import static org.civichub.bench.OptionValues.positive;
import static org.civichub.bench.OptionValues.url;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the {@code bulk} command.
 *
 * @param es      the base URL of Elasticsearch, without a trailing slash
 * @param docs    documents sent per round, at least 1
 * @param sizes   documents per bulk request, each at least 1, measured in this order
 * @param clients bulk requests in flight at once, at least 1
 * @param rounds  rounds per bulk size, at least 1; the best round counts
 * @param seed    the seed of the generated documents
 */
record BaselineOptions(URI es, int docs, List<Integer> sizes, int clients, int rounds, long seed) {

    static final String USAGE = "usage: java -jar civichub-bench.jar bulk [--es URL (http://127.0.0.1:9200)]"
            + " [--docs N (200000)] [--sizes N,N (1000,5000)] [--clients N (2)] [--rounds N (3)] [--seed N (1)]";

    BaselineOptions {
        sizes = List.copyOf(sizes);
    }

    static BaselineOptions defaults() {
        return new BaselineOptions(URI.create("http://127.0.0.1:9200"), 200_000, List.of(1000, 5000), 2, 3, 1);
    }

    /**
     * Parses {@code bulk} and its options, each written {@code --name value} or {@code --name=value}.
     *
     * @throws UsageException naming the first argument that is not understood or out of range
     */
    static BaselineOptions parse(List<String> args) throws UsageException {
        return OptionValues.parse(args, "bulk", defaults(), BaselineOptions::with);
    }

    private static BaselineOptions with(BaselineOptions o, String name, String value) throws UsageException {
        return switch (name) {
            case "--es" -> new BaselineOptions(url(name, value), o.docs, o.sizes, o.clients, o.rounds, o.seed);
            case "--docs" -> new BaselineOptions(o.es, positive(name, value), o.sizes, o.clients, o.rounds, o.seed);
            case "--sizes" -> new BaselineOptions(o.es, o.docs, sizes(value), o.clients, o.rounds, o.seed);
            case "--clients" -> new BaselineOptions(o.es, o.docs, o.sizes, positive(name, value), o.rounds, o.seed);
            case "--rounds" -> new BaselineOptions(o.es, o.docs, o.sizes, o.clients, positive(name, value), o.seed);
            case "--seed" -> new BaselineOptions(o.es, o.docs, o.sizes, o.clients, o.rounds, number(name, value));
            default -> throw new UsageException("unknown option: " + name);
        };
    }

    private static List<Integer> sizes(String value) throws UsageException {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            sizes.add(positive("--sizes", part.strip()));
        }
        return sizes;
    }
}
