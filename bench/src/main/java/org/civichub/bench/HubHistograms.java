package org.civichub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The histograms without labels other than {@code le} in one scrape of the hub's metrics (Prometheus
 * text): per name, each bucket's upper bound in seconds and its cumulative count, {@code +Inf} last.
 * Two scrapes give the durations recorded between them, and a percentile of those as the bound of
 * the first bucket that holds it: "at most this long", as precise as the hub's buckets.
 */
record HubHistograms(Map<String, TreeMap<Double, Long>> buckets) {

    private static final Pattern BUCKET = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)_bucket\\{le=\"([^\"]+)\"} (\\S+)");

    HubHistograms {
        Map<String, TreeMap<Double, Long>> copy = new HashMap<>();
        buckets.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        buckets = Map.copyOf(copy);
    }

    /** The histograms of a metrics text; lines of other shapes are skipped. */
    static HubHistograms parse(String prometheusText) {
        Map<String, TreeMap<Double, Long>> out = new HashMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher m = BUCKET.matcher(line);
            if (m.matches()) {
                double bound = m.group(2).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                out.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(bound, (long) Double.parseDouble(m.group(3)));
            }
        }
        return new HubHistograms(out);
    }

    /**
     * The {@code percentile} of the durations of {@code name} recorded between {@code earlier} and
     * this scrape, as the upper bound of its bucket in milliseconds ({@code Infinity} beyond the last
     * bound); {@code NaN} when none was recorded or the hub has no such histogram.
     */
    double percentileMillis(String name, HubHistograms earlier, double percentile) {
        TreeMap<Double, Long> now = buckets.get(name);
        if (now == null) {
            return Double.NaN;
        }
        TreeMap<Double, Long> before = earlier.buckets.getOrDefault(name, new TreeMap<>());
        List<double[]> delta = new ArrayList<>();
        now.forEach((bound, count) -> delta.add(new double[] {bound, count - before.getOrDefault(bound, 0L)}));
        double total = delta.get(delta.size() - 1)[1];
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = Math.ceil(percentile / 100 * total);
        for (double[] b : delta) {
            if (b[1] >= rank) {
                return b[0] * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** How many durations of {@code name} were recorded between {@code earlier} and this scrape. */
    long count(String name, HubHistograms earlier) {
        TreeMap<Double, Long> now = buckets.get(name);
        if (now == null) {
            return 0;
        }
        Long before = earlier.buckets.getOrDefault(name, new TreeMap<>()).get(Double.POSITIVE_INFINITY);
        return now.lastEntry().getValue() - (before == null ? 0 : before);
    }
}
