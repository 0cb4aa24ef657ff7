package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs a tiny baseline against the test Elasticsearch ({@code civichub.es.url}). Checks that the
 * figures are printed and parse, and that nothing is left behind; it asserts no speed.
 */
class RawBulkBaselineIT {

    private static final Pattern INDEX = Pattern.compile("index (civichub-bench-bulk-[0-9a-f]{8}) ");

    private final String url = System.getProperty("civichub.es.url", "http://127.0.0.1:9200");
    private final ElasticsearchHttp es = new ElasticsearchHttp(URI.create(url));

    @Test
    void aTinyBaselinePrintsARoundPerSizeAndTheBestAndLeavesNoIndex() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RawBulkBaseline.run(List.of("bulk", "--es", url, "--docs", "2000", "--sizes", "500,1000",
                "--rounds", "2"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<Map<String, String>> rounds = lines.stream().filter(l -> l.startsWith("bulk_size=")).map(RawBulkBaselineIT::pairs).toList();
        assertThat(rounds).extracting(r -> r.get("bulk_size")).containsExactly("500", "500", "1000", "1000");
        assertThat(rounds).allSatisfy(r -> {
            assertThat(r.get("docs")).isEqualTo("2000");
            assertThat(r.get("clients")).isEqualTo("2");
            assertThat(Double.parseDouble(r.get("seconds"))).isPositive();
            assertThat(Long.parseLong(r.get("docs_per_s"))).isPositive();
            assertThat(Long.parseLong(r.get("es_cpu_us_per_doc"))).isNotNegative();
        });

        Map<String, String> summary = pairs(lines.get(lines.size() - 1));
        assertThat(summary).containsOnlyKeys("bulk_docs_per_s", "bulk_size", "clients", "doc_bytes");
        long best = Long.parseLong(summary.get("bulk_docs_per_s"));
        assertThat(rounds).extracting(r -> Long.parseLong(r.get("docs_per_s"))).contains(best);
        assertThat(summary.get("bulk_size")).isIn("500", "1000");
        assertThat(Integer.parseInt(summary.get("doc_bytes"))).isBetween(1000, 1160);

        Matcher index = INDEX.matcher(String.join("\n", lines));
        assertThat(index.find()).as("the index is named in the output").isTrue();
        assertThat(es.indexExists(index.group(1))).as(index.group(1) + " exists").isFalse();
    }

    @Test
    void aDocumentElasticsearchRejectsFailsTheRunWithItsReason() {
        String index = "it-bench-rejected-" + UUID.randomUUID().toString().substring(0, 8);
        es.createIndex(index, BaselineRun.indexBody());
        try {
            byte[] body = "{\"index\":{\"_id\":\"x\"}}\n{\"unmapped\":1}\n".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> es.bulk(index, body)).isInstanceOf(BaselineFailure.class)
                    .hasMessageContaining("strict_dynamic_mapping_exception").hasMessageContaining("(1 in this request)");
        } finally {
            es.deleteIndex(index);
        }
    }

    private static Map<String, String> pairs(String line) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            String[] kv = pair.split("=", 2);
            assertThat(kv).as(line).hasSize(2);
            pairs.put(kv[0], kv[1]);
        }
        return pairs;
    }
}
