package org.civichub.metrics;

import java.util.List;
import java.util.Map;

/**
 * Writes metric families in the Prometheus text exposition format, version 0.0.4: a {@code # HELP}
 * and a {@code # TYPE} line per family, then one line per sample, with help texts and label values
 * escaped as the format requires.
 */
public final class PrometheusText {

    /** The media type of the format, for the {@code Content-Type} of a scrape. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    /** The families as one document, ending in a newline. */
    public static String write(List<MetricFamily> families) {
        StringBuilder out = new StringBuilder();
        for (MetricFamily f : families) {
            out.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
            out.append("# TYPE ").append(f.name()).append(' ').append(f.type().prometheusName()).append('\n');
            for (MetricFamily.Sample s : f.samples()) {
                out.append(f.name()).append(s.suffix());
                labels(out, s.labels().values());
                out.append(' ').append(number(s.value())).append('\n');
            }
        }
        return out.toString();
    }

    private static void labels(StringBuilder out, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        out.append('{');
        String sep = "";
        for (Map.Entry<String, String> l : labels.entrySet()) {
            out.append(sep).append(l.getKey()).append("=\"").append(escapeLabel(l.getValue())).append('"');
            sep = ",";
        }
        out.append('}');
    }

    /** Whole numbers without a fraction, others as Java writes doubles; infinities as the format spells them. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String escapeLabel(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
