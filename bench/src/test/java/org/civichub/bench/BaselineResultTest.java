package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineResultTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aRoundLineGivesWallTimeRateAndElasticsearchCpuPerDocument() {
        RoundResult round = new RoundResult(1000, 2, 1, 200_000, 8 * SECOND, 13_000);
        assertThat(round.line()).isEqualTo(
                "bulk_size=1000 clients=2 round=1 docs=200000 seconds=8.000 docs_per_s=25000 es_cpu_us_per_doc=65");
    }

    @Test
    void theSummaryIsTheFastestRoundOfAnySize() {
        BaselineResult result = new BaselineResult(List.of(
                new RoundResult(1000, 2, 1, 200_000, 10 * SECOND, -1),
                new RoundResult(5000, 2, 1, 200_000, 8 * SECOND, -1),
                new RoundResult(5000, 2, 2, 200_000, 9 * SECOND, -1)), 1079.6);
        assertThat(result.summaryLine()).isEqualTo("bulk_docs_per_s=25000 bulk_size=5000 clients=2 doc_bytes=1080");
    }
}
