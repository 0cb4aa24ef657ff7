package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.civichub.store.Deliveries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Receipts of deliveries per department and event, and a channel's position from them. */
class DeliveriesIT {

    private static final TestCluster CLUSTER = new TestCluster("deliveries");
    private static final Instant AT = Instant.parse("2024-05-01T00:00:00Z");

    @AfterAll
    static void stop() {
        CLUSTER.deleteAll();
    }

    @Test
    void receiptsAreKeptPerDepartmentAndEventAndTheLastSequenceIsAChannelsPosition() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(CLUSTER.settings())) {
            Deliveries d = stores.deliveries();
            assertThat(d.lastSequence("civil")).isZero();

            d.record(List.of(new Deliveries.Receipt("civil", "e1", 3, AT, AT.plusSeconds(1), 1),
                    new Deliveries.Receipt("civil", "e2", 7, AT, null, 3)));
            d.record(List.of());
            d.record(List.of(new Deliveries.Receipt("police", "e1", 3, AT, AT, 1)));
            d.record(List.of(new Deliveries.Receipt("civil", "e1", 9, AT.plusSeconds(60), AT.plusSeconds(61), 1)));

            assertThat(d.lastSequence("civil")).isEqualTo(9);
            assertThat(d.lastSequence("police")).isEqualTo(3);
            assertThat(d.count("civil")).as("e1 delivered again is one receipt").isEqualTo(2);
            assertThat(d.receipt("civil", "e2")).contains(new Deliveries.Receipt("civil", "e2", 7, AT, null, 3));
            assertThat(d.receipt("labour", "e1")).isEmpty();
        }
    }
}
