package org.civichub.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * The raw Elasticsearch {@code _bulk} baseline: how many resident-sized documents per second the
 * node indexes when nothing but a cheap client stands in front of it. The hub's ingest figures are
 * quoted as a ratio to this ceiling, measured on the same node in the same run.
 *
 * <p>{@code java -jar civichub-bench.jar bulk [--es URL] [--docs N] [--sizes N,N] [--clients N]
 * [--rounds N] [--seed N]} prints a line per bulk size and round and ends with
 * {@code bulk_docs_per_s=<best> bulk_size=<n> clients=<c> doc_bytes=<avg>}. Exit status: 0 when
 * measured, 1 when Elasticsearch is unreachable or a document failed, 2 for bad arguments.
 *
 * <p>{@code java -jar civichub-bench.jar search …} runs the search load benchmark instead
 * ({@link SearchBenchmark}), and {@code java -jar civichub-bench.jar soak …} the account after a soak
 * ({@link SoakCheck}).
 */
public final class RawBulkBaseline {

    private RawBulkBaseline() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs the command as {@link #main} does, printing to the given streams, and returns the exit
     * status. The throw-away index is deleted on every way out, the JVM shutting down included.
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && "search".equals(args.get(0))) {
            return SearchBenchmark.run(args, out, err);
        }
        if (!args.isEmpty() && "soak".equals(args.get(0))) {
            return SoakCheck.run(args, out, err);
        }
        BaselineOptions options;
        try {
            options = BaselineOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(BaselineOptions.USAGE);
            if (args.isEmpty() || !"bulk".equals(args.get(0))) {
                err.println(SearchOptions.USAGE);
                err.println(SoakOptions.USAGE);
            }
            return 2;
        }
        ElasticsearchHttp es = new ElasticsearchHttp(options.es());
        String index = "civichub-bench-bulk-" + UUID.randomUUID().toString().substring(0, 8);
        Thread cleanup = new Thread(() -> deleteQuietly(es, index), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            BaselineResult result = new BaselineRun(es, options, index, out).run();
            out.println(result.summaryLine());
            return 0;
        } catch (BaselineFailure e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private static void deleteQuietly(ElasticsearchHttp es, String index) {
        try {
            es.deleteIndex(index);
        } catch (BaselineFailure e) {
            System.err.println("warning: could not delete the benchmark index " + index + ": " + e.getMessage());
        }
    }
}
