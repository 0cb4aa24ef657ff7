package org.civichub.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairSampleTest {

    @Test
    void keepsEveryPairUpToItsCapacityThenAUniformShareOfThem() {
        PairSample sample = new PairSample(1_000);
        for (int i = 0; i < 100_000; i++) {
            sample.add(new int[] {i % 2 == 0 ? 0 : 1, i < 50_000 ? 0 : 1});
        }

        List<int[]> kept = sample.vectors();
        assertThat(sample.seen()).isEqualTo(100_000);
        assertThat(kept).hasSize(1_000);
        long evens = kept.stream().filter(v -> v[0] == 0).count();
        long late = kept.stream().filter(v -> v[1] == 1).count();
        assertThat(evens).as("half the pairs had level 0").isBetween(430L, 570L);
        assertThat(late).as("the second half of the stream is as likely as the first").isBetween(430L, 570L);
    }

    @Test
    void aVectorKeptIsACopyAndAnEmptySampleKeepsNothing() {
        PairSample sample = new PairSample(2);
        int[] levels = {0, 1};
        sample.add(levels);
        levels[0] = 5;

        assertThat(sample.vectors()).singleElement().satisfies(v -> assertThat(v).containsExactly(0, 1));
        PairSample none = new PairSample(0);
        none.add(levels);
        assertThat(none.vectors()).isEmpty();
        assertThat(none.seen()).isEqualTo(1);
    }
}
