package org.civichub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The search load benchmark: closed-loop virtual users searching residents through the hub's API,
 * and the same users sending the very same query bodies to Elasticsearch directly, in the same run,
 * so that the hub's share of a search's latency and the hub's ceiling beside the node's show.
 *
 * <p>At the start it samples residents in the scope straight from the index and makes a seeded mix
 * of searches from them ({@link QueryMix}), and warms both targets up without measuring. Then for
 * each number of users, one phase against the
 * API and one against Elasticsearch, each a warm-up and a measured window; then the saturation
 * phase (users without think time) against both. Prints a line per phase, lines starting with
 * {@code #} for context, and ends with {@code search api_p99_ms_<users>=… es_p99_ms_<users>=… …
 * api_saturation_per_s=… es_saturation_per_s=… saturation_ratio=…}.
 *
 * <p>{@code java -jar civichub-bench.jar search [options]} (see {@link SearchOptions#USAGE}). Exit
 * status: 0 when measured, 1 when Elasticsearch or the API is unreachable or refuses the first
 * search, 2 for bad arguments.
 */
public final class SearchBenchmark {

    /** Searches made from the sample; the users cycle through them. */
    static final int QUERIES = 20_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command as {@link #main} does, printing to the given streams, and returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        SearchOptions options;
        try {
            options = SearchOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(SearchOptions.USAGE);
            return 2;
        }
        try {
            run(options, out, err);
            return 0;
        } catch (BaselineFailure e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void run(SearchOptions o, PrintStream out, PrintStream err) {
        ElasticsearchHttp es = new ElasticsearchHttp(o.es());
        String version = es.version();
        long start = System.nanoTime();
        List<SampleResident> sample = SampleResident.fetch(es, o.index(), o.scope(), o.sample(), o.seed());
        List<SearchQuery> queries;
        try {
            queries = QueryMix.build(sample, QUERIES, o.seed());
        } catch (IllegalArgumentException e) {
            throw new BaselineFailure("cannot make searches from the residents of " + o.index() + ": " + e.getMessage(), e);
        }
        HttpClient apiHttp = client();
        HttpClient esHttp = client();
        String cookie = login(apiHttp, o);
        List<HttpRequest> apiRequests = SearchRequests.api(o.api(), cookie, queries);
        List<HttpRequest> esRequests = SearchRequests.elasticsearch(o.es(), o.index(), o.scope(), queries);
        out.println(o.describe());
        out.printf(Locale.ROOT, "# elasticsearch %s at %s: %d residents sampled from %s under %s, %d searches made"
                + " from them in %.1f s%n", version, es.base(), sample.size(), o.index(), o.scope(), queries.size(),
                (System.nanoTime() - start) / 1e9);
        QueryMix.describe(queries).forEach(out::println);

        firstSearch(apiHttp, apiRequests.get(0), "the hub's API");
        firstSearch(esHttp, esRequests.get(0), "Elasticsearch");
        ClosedLoop api = new ClosedLoop("api", apiHttp, apiRequests, err);
        ClosedLoop direct = new ClosedLoop("es", esHttp, esRequests, err);

        // A hub just started compiles its hot paths during the first thousands of searches: both
        // targets get them before anything is measured, so every phase sees a warm process.
        out.printf(Locale.ROOT, "# warming both targets up: %d users without think time, %.0f s each, not measured%n",
                o.saturationUsers(), 2 * o.warmup());
        api.run(o.saturationUsers(), 0, 0, 2 * o.warmup(), o.seed());
        direct.run(o.saturationUsers(), 0, 0, 2 * o.warmup(), o.seed());

        HubSampler hub = new HubSampler(metricsScrape(apiHttp, o, cookie, err));
        out.println("# hub_*: the hub's own histograms (" + HubSampler.SEARCH + ", " + HubSampler.AUDIT + ") over the"
                + " same window, each p99 the upper bound of the bucket it falls in");
        List<PhaseResult> results = new ArrayList<>();
        for (int users : o.users()) {
            results.add(phase(api, hub, users, o.thinkMs(), o, out));
            results.add(phase(direct, null, users, o.thinkMs(), o, out));
        }
        out.println("# saturation: " + o.saturationUsers() + " users without think time");
        PhaseResult apiSaturation = phase(api, hub, o.saturationUsers(), 0, o, out);
        PhaseResult esSaturation = phase(direct, null, o.saturationUsers(), 0, o, out);
        out.println(summaryLine(results, apiSaturation, esSaturation));
    }

    /** Runs one phase, the hub's histograms read meanwhile when {@code hub} is given, and prints its lines. */
    private static PhaseResult phase(ClosedLoop loop, HubSampler hub, int users, int thinkMs, SearchOptions o,
                                     PrintStream out) {
        PhaseResult[] result = new PhaseResult[1];
        Runnable run = () -> result[0] = loop.run(users, thinkMs, o.warmup(), o.seconds(), o.seed());
        List<HubHistograms> scrapes = hub == null ? List.of() : hub.during(o.warmup(), o.seconds(), run);
        if (hub == null) {
            run.run();
        }
        out.println(result[0].line());
        out.println(result[0].sliceLine());
        String hubLine = HubSampler.line(result[0], scrapes);
        if (!hubLine.isEmpty()) {
            out.println(hubLine);
        }
        return result[0];
    }

    /**
     * Reads the hub's metrics in the user's session; empty, with a warning the first time, when the
     * user may not (the role {@code operator}) or the hub does not answer.
     */
    private static Supplier<Optional<HubHistograms>> metricsScrape(HttpClient http,
            SearchOptions o, String cookie, PrintStream err) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(o.api() + "/metrics"))
                .timeout(SearchRequests.TIMEOUT).header("Cookie", cookie).GET().build();
        AtomicBoolean warned = new AtomicBoolean();
        return () -> {
            String problem;
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return Optional.of(HubHistograms.parse(r.body()));
                }
                problem = "HTTP " + r.statusCode() + (r.statusCode() == 403 ? " (" + o.user() + " is no operator)" : "");
            } catch (IOException e) {
                problem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
            }
            if (warned.compareAndSet(false, true)) {
                err.println("warning: the hub's metrics were not readable (" + problem + "): its own share is not shown");
            }
            return Optional.empty();
        };
    }

    /**
     * {@code search api_p99_ms_<users>=… es_p99_ms_<users>=… (per number of users)
     * api_saturation_per_s=… es_saturation_per_s=… saturation_ratio=<api/es>}.
     */
    static String summaryLine(List<PhaseResult> phases, PhaseResult apiSaturation, PhaseResult esSaturation) {
        StringJoiner line = new StringJoiner(" ", "search ", "");
        for (PhaseResult p : phases) {
            line.add(String.format(Locale.ROOT, "%s_p99_ms_%d=%.1f", p.target(), p.users(), p.percentileMillis(99)));
        }
        line.add(String.format(Locale.ROOT, "api_saturation_per_s=%.1f", apiSaturation.perSecond()));
        line.add(String.format(Locale.ROOT, "es_saturation_per_s=%.1f", esSaturation.perSecond()));
        line.add(String.format(Locale.ROOT, "saturation_ratio=%.2f", apiSaturation.perSecond() / esSaturation.perSecond()));
        return line.toString();
    }

    /** HTTP/1.1 without a cap on connections: one per request in flight, kept open between requests. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in as the web UI does; answers the session cookie. */
    private static String login(HttpClient http, SearchOptions o) {
        HttpRequest request = SearchRequests.login(o.api(), o.user(), o.password());
        HttpResponse<byte[]> r = send(http, request, "the hub's API");
        if (r.statusCode() != 200) {
            throw new BaselineFailure("the hub's API refused the login of " + o.user() + " with HTTP " + r.statusCode()
                    + (r.statusCode() == 401 ? " (check --user and --password)" : "") + ": " + excerpt(r.body()));
        }
        return SearchRequests.sessionCookie(r.headers().allValues("Set-Cookie")).orElseThrow(() ->
                new BaselineFailure("the hub's API answered the login of " + o.user() + " without a session cookie", null));
    }

    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request, String what) {
        String sent = request.method() + " " + request.uri();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BaselineFailure(what + " is not reachable: " + sent + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineFailure("interrupted while waiting for " + sent, e);
        }
    }

    private static String excerpt(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8).strip();
        return s.length() > 500 ? s.substring(0, 500) + " ..." : s;
    }

    /** Sends the first search once, so that wrong credentials or URLs stop the run before it starts. */
    private static void firstSearch(HttpClient http, HttpRequest request, String what) {
        HttpResponse<byte[]> r = send(http, request, what);
        if (r.statusCode() != 200) {
            throw new BaselineFailure(what + " answered HTTP " + r.statusCode() + " to " + request.method() + " "
                    + request.uri() + ": " + excerpt(r.body()));
        }
    }
}
