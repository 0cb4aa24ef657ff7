package org.civichub.store.elasticsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civichub.store.StoreHealth.State;
import org.civichub.store.elasticsearch.ElasticsearchSettings;
import org.junit.jupiter.api.Test;

class ClusterHealthTest {

    @Test
    void greenIsUpYellowDegradedAndRedDown() {
        assertThat(ClusterHealth.of("green")).isEqualTo(State.UP);
        assertThat(ClusterHealth.of("yellow")).isEqualTo(State.DEGRADED);
        assertThat(ClusterHealth.of("red")).isEqualTo(State.DOWN);
        assertThat(ClusterHealth.of("")).isEqualTo(State.DOWN);
    }

    @Test
    void aClusterThatCannotBeReachedIsDownWithoutAnException() {
        try (Connection nowhere = new Connection(ElasticsearchSettings.defaults().withUrls("http://127.0.0.1:1"))) {
            assertThat(new ClusterHealth(nowhere).state()).isEqualTo(State.DOWN);
        }
    }
}
