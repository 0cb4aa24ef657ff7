package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PhaseResultTest {

    @Test
    void percentilesAreNearestRanks() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertThat(PhaseResult.percentile(sorted, 50)).isEqualTo(50);
        assertThat(PhaseResult.percentile(sorted, 90)).isEqualTo(90);
        assertThat(PhaseResult.percentile(sorted, 99)).isEqualTo(99);
        assertThat(PhaseResult.percentile(sorted, 100)).isEqualTo(100);
        assertThat(PhaseResult.percentile(sorted, 0)).isEqualTo(1);
        assertThat(PhaseResult.percentile(new long[] {1, 2, 3}, 50)).as("ceil(1.5) = rank 2").isEqualTo(2);
        assertThat(PhaseResult.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(PhaseResult.percentile(new long[0], 50)).isNaN();
    }

    @Test
    void latenciesAreSortedWhateverTheOrderTheyCameIn() {
        PhaseResult r = new PhaseResult("es", 2, 0, 1, new long[] {9000, 1000, 5000, 3000}, 0);
        assertThat(r.latenciesMicros()).containsExactly(1000, 3000, 5000, 9000);
        assertThat(r.percentileMillis(50)).isEqualTo(3.0);
        assertThat(r.percentileMillis(99)).isEqualTo(9.0);
    }

    @Test
    void aPhaseIsOneLine() {
        long[] micros = LongStream.rangeClosed(1, 2950).map(i -> i * 10 + 1).toArray();
        PhaseResult r = new PhaseResult("api", 50, 1000, 60, micros, 3);
        assertThat(r.queries()).isEqualTo(2950);
        assertThat(r.line()).isEqualTo("target=api users=50 think_ms=1000 seconds=60.0 queries=2950 per_s=49.2"
                + " p50_ms=14.8 p90_ms=26.6 p99_ms=29.2 errors=3");
    }

    @Test
    void aPhaseWithoutAnswersHasNoPercentiles() {
        assertThat(new PhaseResult("api", 1, 0, 2, new long[0], 5).line())
                .isEqualTo("target=api users=1 think_ms=0 seconds=2.0 queries=0 per_s=0.0 p50_ms=NaN p90_ms=NaN p99_ms=NaN errors=5");
    }

    @Test
    void eachTenSecondsOfTheWindowHasItsOwnP99ByWhenTheSearchWasAnswered() {
        // 25 s: the first slice has a slow search among fast ones, the second only fast ones, the
        // third (5 s long) one search; answers at the window's very end count in the last slice
        long[] micros = {50_000, 1_000, 2_000, 3_000, 4_000, 1_500, 7_000};
        long[] at = {100, 200, 9_999, 10_000, 19_999, 24_000, 25_000};

        PhaseResult r = PhaseResult.of("api", 50, 1000, 25, micros, at, 0);

        assertThat(r.sliceP99Millis()).containsExactly(50.0, 4.0, 7.0);
        assertThat(r.percentileMillis(99)).isEqualTo(50.0);
        assertThat(r.sliceLine()).isEqualTo("# target=api users=50 think_ms=1000 p99_ms_per_10s=50.0,4.0,7.0");
    }

    @Test
    void aSliceWithoutAnswersShowsADash() {
        PhaseResult r = PhaseResult.of("es", 16, 0, 30, new long[] {2_000}, new long[] {15_000}, 0);

        assertThat(r.sliceLine()).isEqualTo("# target=es users=16 think_ms=0 p99_ms_per_10s=-,2.0,-");
        assertThat(new PhaseResult("es", 16, 0, 30, new long[] {2_000}, 0).sliceLine()).isEmpty();
    }

    @Test
    void theSummaryHasTheP99OfEachPhaseAndTheSaturationRatio() {
        long[] fast = {1000, 2000, 3000};
        long[] slow = {4000, 5000, 6000};
        List<PhaseResult> phases = List.of(new PhaseResult("api", 50, 1000, 10, slow, 0),
                new PhaseResult("es", 50, 1000, 10, fast, 0), new PhaseResult("api", 150, 1000, 10, slow, 0),
                new PhaseResult("es", 150, 1000, 10, fast, 0));
        PhaseResult apiSaturation = new PhaseResult("api", 16, 0, 2, new long[300], 0);
        PhaseResult esSaturation = new PhaseResult("es", 16, 0, 2, new long[400], 0);

        assertThat(SearchBenchmark.summaryLine(phases, apiSaturation, esSaturation)).isEqualTo("search"
                + " api_p99_ms_50=6.0 es_p99_ms_50=3.0 api_p99_ms_150=6.0 es_p99_ms_150=3.0"
                + " api_saturation_per_s=150.0 es_saturation_per_s=200.0 saturation_ratio=0.75");
    }
}
