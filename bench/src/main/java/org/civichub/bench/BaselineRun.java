package org.civichub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures raw {@code _bulk} throughput: generates and serializes the documents first, then for each
 * bulk size and round creates the index (one shard, no replicas, the hub's residents mapping), sends
 * every document, and deletes the index again. Besides the wall time it records the CPU time the
 * node spent in the round, which shows the work per document even when the machine is shared. Prints one {@code key=value} line per round as it
 * finishes, and lines starting with {@code #} for context. The index is gone when {@link #run}
 * returns or throws.
 */
final class BaselineRun {

    private static final String MAPPING = "residents-mapping.json";

    private final ElasticsearchHttp es;
    private final BaselineOptions options;
    private final String index;
    private final PrintStream out;

    /**
     * @param index the name of the throw-away index; must not exist, and is deleted by the run
     */
    BaselineRun(ElasticsearchHttp es, BaselineOptions options, String index, PrintStream out) {
        this.es = es;
        this.options = options;
        this.index = index;
        this.out = out;
    }

    /**
     * @throws BaselineFailure when Elasticsearch is unreachable or any request or document fails
     */
    BaselineResult run() {
        String version = es.version();
        if (es.indexExists(index)) {
            throw new BaselineFailure("index " + index + " already exists; it is not a throw-away index");
        }
        long start = System.nanoTime();
        BulkPayload payload = BulkPayload.of(ResidentDocuments.generate(options.docs(), options.seed()));
        out.printf(Locale.ROOT, "# elasticsearch %s at %s, index %s (1 shard, 0 replicas)%n", version, es.base(), index);
        out.printf(Locale.ROOT, "# %d documents, %.0f bytes each on average, generated and serialized in %.1f s%n",
                payload.documents(), payload.averageSourceBytes(), (System.nanoTime() - start) / 1e9);
        List<RoundResult> rounds = new ArrayList<>();
        try {
            for (int size : options.sizes()) {
                List<byte[]> bodies = payload.bodies(size);
                for (int round = 1; round <= options.rounds(); round++) {
                    es.createIndex(index, indexBody());
                    long cpuBefore = es.cpuMillis();
                    long nanos = BulkRound.send(es, index, bodies, options.clients());
                    long cpu = es.cpuMillis() - cpuBefore;
                    es.deleteIndex(index);
                    RoundResult result = new RoundResult(size, options.clients(), round, payload.documents(), nanos,
                            cpuBefore < 0 ? -1 : cpu);
                    out.println(result.line());
                    rounds.add(result);
                }
            }
        } catch (RuntimeException e) {
            try {
                es.deleteIndex(index);
            } catch (BaselineFailure f) {
                e.addSuppressed(f);
            }
            throw e;
        }
        return new BaselineResult(rounds, payload.averageSourceBytes());
    }

    static String indexBody() {
        return "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":" + mapping() + "}";
    }

    /** The residents mapping, a copy of the hub's (a test keeps the two equal). */
    static String mapping() {
        try (InputStream in = BaselineRun.class.getResourceAsStream(MAPPING)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAPPING);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
