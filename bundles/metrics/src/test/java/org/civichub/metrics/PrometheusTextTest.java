package org.civichub.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    /** One parsed sample line: the metric name, its labels (unescaped) and its value. */
    record Line(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    /** A strict reader of the text format, enough to check what the writer wrote. */
    static List<Line> parse(String text, Map<String, String> types, Map<String, String> helps) {
        List<Line> lines = new ArrayList<>();
        assertThat(text).endsWith("\n");
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                String[] p = line.substring(7).split(" ", 2);
                helps.put(p[0], p[1].replace("\\n", "\n").replace("\\\\", "\\"));
            } else if (line.startsWith("# TYPE ")) {
                String[] p = line.substring(7).split(" ");
                assertThat(p).hasSize(2);
                assertThat(p[1]).isIn("counter", "gauge", "summary", "histogram", "untyped");
                assertThat(types.put(p[0], p[1])).as("one TYPE line per family").isNull();
            } else {
                Matcher m = SAMPLE.matcher(line);
                assertThat(m.matches()).as("a sample line: %s", line).isTrue();
                Map<String, String> labels = new LinkedHashMap<>();
                if (m.group(2) != null) {
                    Matcher l = LABEL.matcher(m.group(2));
                    int end = 0;
                    while (l.find() && l.start() == end) {
                        labels.put(l.group(1), l.group(2).replace("\\n", "\n").replace("\\\"", "\"")
                                .replace("\\\\", "\\"));
                        end = l.end();
                    }
                    assertThat(end).as("labels of %s", line).isEqualTo(m.group(2).length());
                }
                String v = m.group(3);
                double value = switch (v) {
                    case "+Inf" -> Double.POSITIVE_INFINITY;
                    case "-Inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(v);
                };
                String family = m.group(1).replaceAll("_(count|sum|bucket)$", "");
                assertThat(types).as("TYPE before the samples of %s", m.group(1))
                        .containsKey(types.containsKey(m.group(1)) ? m.group(1) : family);
                lines.add(new Line(m.group(1), labels, value));
            }
        }
        return lines;
    }

    @Test
    void countersTimersAndGaugesReadBackWithTheirTypesAndLabels() {
        MetricRegistry registry = new MetricRegistry();
        registry.counter("civichub_test_records_total", "Records seen", Labels.of("connector", "police-a")).add(3);
        registry.counter("civichub_test_records_total", "Records seen", Labels.of("connector", "police-b")).increment();
        Timer t = registry.timer("civichub_test_seconds", "Time taken", Labels.NONE);
        t.record(1_500_000_000L);
        t.record(500_000_000L);
        registry.gauge("civichub_test_lag_seconds", "Lag", Labels.of("connector", "police-a"), () -> 12.5);
        registry.gauge("civichub_test_lag_seconds", "Lag", Labels.of("connector", "police-b"), () -> Double.NaN);

        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        List<Line> lines = parse(PrometheusText.write(registry.collect()), types, helps);

        assertThat(types).containsEntry("civichub_test_records_total", "counter")
                .containsEntry("civichub_test_seconds", "histogram")
                .containsEntry("civichub_test_seconds_max", "gauge")
                .containsEntry("civichub_test_lag_seconds", "gauge");
        assertThat(helps).containsEntry("civichub_test_seconds", "Time taken");
        assertThat(lines).contains(
                new Line("civichub_test_records_total", Map.of("connector", "police-a"), 3),
                new Line("civichub_test_records_total", Map.of("connector", "police-b"), 1),
                new Line("civichub_test_seconds_count", Map.of(), 2),
                new Line("civichub_test_seconds_sum", Map.of(), 2.0),
                new Line("civichub_test_seconds_max", Map.of(), 1.5),
                new Line("civichub_test_seconds_bucket", Map.of("le", "0.25"), 0),
                new Line("civichub_test_seconds_bucket", Map.of("le", "0.5"), 1),
                new Line("civichub_test_seconds_bucket", Map.of("le", "1.0"), 1),
                new Line("civichub_test_seconds_bucket", Map.of("le", "2.5"), 2),
                new Line("civichub_test_seconds_bucket", Map.of("le", "+Inf"), 2),
                new Line("civichub_test_lag_seconds", Map.of("connector", "police-a"), 12.5));
        assertThat(lines).as("an unknown gauge value is left out")
                .noneMatch(l -> l.labels().containsValue("police-b") && l.name().contains("lag"));
    }

    @Test
    void helpTextsAndLabelValuesAreEscaped() {
        MetricRegistry registry = new MetricRegistry();
        String odd = "a \"quoted\" back\\slash\nand a new line";
        registry.counter("odd_total", "Help with a back\\slash\nand a new line", Labels.of("v", odd)).increment();

        String text = PrometheusText.write(registry.collect());
        Map<String, String> helps = new LinkedHashMap<>();
        List<Line> lines = parse(text, new LinkedHashMap<>(), helps);

        assertThat(text.lines()).hasSize(3);
        assertThat(helps.get("odd_total")).isEqualTo("Help with a back\\slash\nand a new line");
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.labels()).containsEntry("v", odd));
    }

    @Test
    void numbersAreWrittenAsTheFormatSpellsThem() {
        assertThat(PrometheusText.number(42)).isEqualTo("42");
        assertThat(PrometheusText.number(0.25)).isEqualTo("0.25");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
    }
}
