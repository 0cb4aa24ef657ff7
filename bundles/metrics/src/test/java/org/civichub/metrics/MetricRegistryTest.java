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
}
