package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.civichub.store.StoreHealth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StoreHealthIT {

    private static final TestCluster CLUSTER = new TestCluster("health");

    @AfterAll
    static void stop() {
        CLUSTER.deleteAll();
    }

    @Test
    void aReachableClusterWithTheHubsIndicesIsUpOrDegradedButNeverDown() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(CLUSTER.settings())) {
            // A one-node cluster with replicas configured elsewhere may be yellow, never red.
            assertThat(stores.storeHealth().state()).isIn(StoreHealth.State.UP, StoreHealth.State.DEGRADED);
            assertThat(CLUSTER.send("HEAD", "/" + CLUSTER.prefix() + "-raw").status())
                    .as("the health check sets the indices up first").isEqualTo(200);
        }
    }

    @Test
    void anUnreachableClusterIsDown() {
        try (ElasticsearchStores down = ElasticsearchStores.create(CLUSTER.settings().withUrls("http://127.0.0.1:1"))) {
            assertThat(down.storeHealth().state()).isEqualTo(StoreHealth.State.DOWN);
        }
    }
}
