package org.civichub.textzh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final Recent<String> upper = new Recent<>(s -> {
        calls.incrementAndGet();
        return s.toUpperCase();
    }, 3);

    @Test
    void aTextKeptIsAnsweredWithoutCallingTheFunctionAgain() {
        assertThat(upper.apply("a")).isEqualTo("A");
        assertThat(upper.apply("a")).isEqualTo("A");
        assertThat(upper.apply("b")).isEqualTo("B");

        assertThat(calls).hasValue(2);
    }

    @Test
    void neverKeepsMoreThanItsCapacityAndStillAnswersRight() {
        for (String s : List.of("a", "b", "c", "d", "e", "a", "f", "g")) {
            assertThat(upper.apply(s)).isEqualTo(s.toUpperCase());
            assertThat(upper.size()).isLessThanOrEqualTo(3);
        }
        assertThat(calls).as("a was forgotten when d came").hasValue(8);
    }

    @Test
    void threadsGetTheFunctionsResults() throws Exception {
        Recent<String> recent = new Recent<>(s -> s + "!", 50);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String s = "n" + (i % 120);
                        if (!recent.apply(s).equals(s + "!")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new Recent<>(s -> s, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
