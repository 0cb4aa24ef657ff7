package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civichub.metrics.Labels;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsResourceTest {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)");

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** Every sample line by its name and labels; fails on a line that is neither a sample nor a comment. */
    static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                assertThat(line).matches("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+");
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a sample line: %s", line).isTrue();
            samples.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return samples;
    }

    @Test
    void operatorsReadThePrometheusTextFormat() {
        api.metrics.counter("civichub_connector_records_pulled_total", "Pulled",
                Labels.of("connector", "police-default", "record_type", "person")).add(7);

        Reply r = api.get("/metrics", "ops");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain").contains("version=0.0.4");
        assertThat(r.body()).contains("# TYPE civichub_connector_records_pulled_total counter\n");
        assertThat(samples(r.body()))
                .containsEntry("civichub_connector_records_pulled_total{connector=\"police-default\",record_type=\"person\"}", 7.0);
    }

    @Test
    void searchesAndAuditWritesAreCountedAndTimed() {
        api.get("/residents?q=x", "wang");
        api.audit.failing = true;
        assertThat(api.get("/residents?q=y", "wang").status()).isEqualTo(503);

        Map<String, Double> samples = samples(api.get("/metrics", "ops").body());

        assertThat(samples).containsEntry("civichub_search_seconds_count", 2.0)
                .containsEntry("civichub_audit_writes_total", 1.0)
                .containsEntry("civichub_audit_write_failures_total", 1.0)
                .containsEntry("civichub_audit_write_seconds_count", 1.0 + 1.0)
                .containsEntry("civichub_search_seconds_bucket{le=\"+Inf\"}", 2.0)
                .containsKeys("civichub_search_seconds_sum", "civichub_search_seconds_max",
                        "civichub_audit_write_seconds_bucket{le=\"0.001\"}");
    }

    @Test
    void onlyOperatorsMayReadTheMetrics() {
        assertThat(api.get("/metrics", "wang").status()).isEqualTo(403);
        assertThat(api.get("/metrics").status()).isEqualTo(401);
    }
}
