package org.civichub.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void theSameNameAndLabelsGiveTheSameInstance() {
        Counter a = registry.counter("x_total", "X", Labels.of("connector", "a"));
        assertThat(registry.counter("x_total", "X", new Labels(Map.of("connector", "a")))).isSameAs(a);
        assertThat(registry.counter("x_total", "X", Labels.of("connector", "b"))).isNotSameAs(a);
    }

    @Test
    void aNameKeepsItsType() {
        registry.counter("x_total", "X", Labels.NONE);
        assertThatThrownBy(() -> registry.timer("x_total", "X", Labels.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counter");
        assertThatThrownBy(() -> registry.counter("1bad", "X", Labels.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Labels.of("__reserved", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countersNeverGoDown() {
        assertThatThrownBy(() -> registry.counter("x_total", "X", Labels.NONE).add(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void familiesAreOrderedByNameAndSamplesByLabels() {
        registry.counter("b_total", "B", Labels.of("c", "z")).increment();
        registry.counter("b_total", "B", Labels.of("c", "a")).increment();
        registry.counter("a_total", "A", Labels.NONE).increment();

        List<MetricFamily> families = registry.collect();

        assertThat(families).extracting(MetricFamily::name).containsExactly("a_total", "b_total");
        assertThat(families.get(1).samples()).extracting(s -> s.labels().values().get("c")).containsExactly("a", "z");
    }

    @Test
    void concurrentUpdatesAreAllCounted() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            threads.submit(() -> {
                for (int j = 0; j < 10_000; j++) {
                    registry.counter("x_total", "X", Labels.NONE).increment();
                    registry.timer("t_seconds", "T", Labels.NONE).record(1);
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(registry.counter("x_total", "X", Labels.NONE).value()).isEqualTo(40_000);
        assertThat(registry.timer("t_seconds", "T", Labels.NONE).count()).isEqualTo(40_000);
    }

    @Test
    void aTimerTimesWorkThatThrows() {
        Timer t = registry.timer("t_seconds", "T", Labels.NONE);
        assertThatThrownBy(() -> t.time(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(t.count()).isEqualTo(1);
    }

    @Test
    void aTimerCountsEachDurationInTheFirstBucketItFits() {
        Timer t = registry.timer("t_seconds", "T", Labels.NONE);
        t.record(0);
        t.record(1_000_000);
        t.record(1_000_001);
        t.record(12_000_000);
        t.record(11_000_000_000L);

        long[] cumulative = t.cumulativeCounts();

        assertThat(Timer.BOUNDS).isSorted();
        assertThat(cumulative[0]).as("at most 1 ms: 0 and exactly 1 ms").isEqualTo(2);
        assertThat(cumulative[1]).as("at most 2 ms").isEqualTo(3);
        assertThat(cumulative[indexOf(0.0125)]).isEqualTo(4);
        assertThat(cumulative[indexOf(0.01)]).isEqualTo(3);
        assertThat(cumulative[cumulative.length - 1]).as("11 s is beyond the last bound").isEqualTo(4);
        assertThat(t.count()).isEqualTo(5);
    }

    @Test
    void aTimerIsWrittenAsAHistogramWithEveryBoundAndInfinity() {
        registry.timer("t_seconds", "T", Labels.of("connector", "a")).record(3_000_000);

        MetricFamily f = registry.collect().stream().filter(m -> m.name().equals("t_seconds")).findFirst().orElseThrow();

        assertThat(f.type()).isEqualTo(MetricFamily.Type.HISTOGRAM);
        List<MetricFamily.Sample> buckets = f.samples().stream().filter(s -> s.suffix().equals("_bucket")).toList();
        assertThat(buckets).hasSize(Timer.BOUNDS.length + 1);
        assertThat(buckets).allSatisfy(s -> assertThat(s.labels().values()).containsEntry("connector", "a"));
        assertThat(buckets.get(buckets.size() - 1).labels().values()).containsEntry("le", "+Inf");
        assertThat(buckets).extracting(MetricFamily.Sample::value).isSorted();
        assertThatThrownBy(() -> registry.timer("u_seconds", "U", Labels.of("le", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("le");
    }

    private static int indexOf(double bound) {
        for (int i = 0; i < Timer.BOUNDS.length; i++) {
            if (Timer.BOUNDS[i] == bound) {
                return i;
            }
        }
        throw new AssertionError("no bound " + bound);
    }
}
