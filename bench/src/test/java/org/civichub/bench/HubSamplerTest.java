package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HubSamplerTest {

    private static HubHistograms histograms(long searchLe5, long searchAll, long auditLe10, long auditAll) {
        return HubHistograms.parse(HubHistogramsTest.scrape(HubSampler.SEARCH, searchLe5, searchLe5, searchAll, searchAll)
                + HubHistogramsTest.scrape(HubSampler.AUDIT, 0, auditLe10, auditLe10, auditAll));
    }

    @Test
    void scrapesAtTheWindowsStartAndAtTheEndOfEachSlice() {
        AtomicInteger scrapes = new AtomicInteger();
        HubSampler sampler = new HubSampler(() -> {
            int n = scrapes.incrementAndGet();
            return Optional.of(histograms(n, n, n, n));
        }, 0.1);
        boolean[] ran = {false};

        List<HubHistograms> got = sampler.during(0.05, 0.25, () -> ran[0] = true);

        assertThat(ran[0]).isTrue();
        assertThat(got).as("the start and three slices of 0.1, 0.1 and 0.05 s").hasSize(4);
        assertThat(scrapes).hasValue(4);
    }

    @Test
    void aScrapeThatFailsLeavesTheSplitOut() {
        AtomicInteger scrapes = new AtomicInteger();
        HubSampler sampler = new HubSampler(() -> scrapes.incrementAndGet() == 1
                ? Optional.of(histograms(0, 0, 0, 0)) : Optional.empty(), 0.1);

        assertThat(sampler.during(0, 0.3, () -> { })).isEmpty();
        assertThat(HubSampler.line(new PhaseResult("api", 5, 1000, 10, new long[] {1}, 0), List.of())).isEmpty();
    }

    @Test
    void theLineSplitsTheWindowAndEachSlice() {
        // slice 1: 10 searches all within 5 ms, audits within 10 ms; slice 2: 100 more searches, 5 of them
        // beyond 5 ms (25 ms bucket), so its p99 is 25 ms; audits in slice 2 all beyond 25 ms.
        List<HubHistograms> scrapes = List.of(histograms(0, 0, 0, 0), histograms(10, 10, 10, 10),
                histograms(105, 110, 10, 12));
        PhaseResult phase = new PhaseResult("api", 50, 1000, 20, new long[] {1}, 0);

        assertThat(HubSampler.line(phase, scrapes)).isEqualTo("# target=api users=50 think_ms=1000 hub_searches=110"
                + " hub_search_p99_ms=25 audit_wait_p99_ms=inf hub_search_p99_ms_per_10s=5,25"
                + " audit_wait_p99_ms_per_10s=10,inf");
    }

    @Test
    void boundsAreWrittenAsTheHubsBucketsAreNamed() {
        assertThat(HubSampler.millis(7.499999999)).isEqualTo("7.5");
        assertThat(HubSampler.millis(3.0000000004)).isEqualTo("3");
        assertThat(HubSampler.millis(Double.NaN)).isEqualTo("-");
        assertThat(HubSampler.millis(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }
}
