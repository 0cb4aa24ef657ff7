package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Provenance;
import org.civichub.store.Batch;
import org.civichub.store.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The outbox read in the order it was written, from any cursor, across writers. */
class OutboxIT {

    private static final TestCluster CLUSTER = new TestCluster("outbox");

    @AfterAll
    static void stop() {
        CLUSTER.deleteAll();
    }

    @Test
    void eventsAreReadInTheOrderWrittenFromAnyCursorAndARewrittenEventComesAgainLater() {
        try (ElasticsearchStores first = ElasticsearchStores.create(CLUSTER.settings())) {
            write(first, event("r1"), event("r2"));
            write(first, event("r3"));

            List<Outbox.Entry> all = first.outbox().after(0, 10);
            assertThat(all).extracting(e -> e.event().entityId()).containsExactly("r1", "r2", "r3");
            assertThat(all).extracting(Outbox.Entry::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(first.outbox().after(all.get(1).sequence(), 10)).extracting(e -> e.event().entityId())
                    .containsExactly("r3");
            assertThat(first.outbox().after(0, 2)).hasSize(2);
            assertThat(all.get(0).event()).isEqualTo(event("r1"));
            assertThat(first.outbox().causedBy("civil/death/r2", 10)).extracting(e -> e.event().entityId())
                    .containsExactly("r2");
            assertThat(first.outbox().causedBy("civil/death/r", 10)).as("a record key is matched whole").isEmpty();
        }
        try (ElasticsearchStores later = ElasticsearchStores.create(CLUSTER.settings())) {
            long last = later.outbox().after(0, 10).get(2).sequence();

            write(later, event("r1"));

            List<Outbox.Entry> all = later.outbox().after(0, 10);
            assertThat(all).extracting(e -> e.event().entityId()).containsExactly("r2", "r3", "r1");
            assertThat(all.get(2).sequence()).as("a writer started later numbers on").isGreaterThan(last);
            assertThat(later.outbox().sequences(List.of(event("r1").id(), event("r2").id(), "no-such-event")))
                    .as("read by id: every write, no refresh needed")
                    .containsOnly(java.util.Map.entry(event("r1").id(), all.get(2).sequence()),
                            java.util.Map.entry(event("r2").id(), all.get(0).sequence()));

            ChangeEvent married = new ChangeEvent(null, "resident", "r1", "updated", List.of("marital"),
                    new Provenance("civil", "civil/marriage/r1", "v1", Instant.parse("2024-06-01T00:00:00Z")),
                    Instant.parse("2024-06-01T00:00:01Z"));
            write(later, married);
            assertThat(later.outbox().about("r1", 10)).as("newest first").extracting(Outbox.Entry::event)
                    .containsExactly(married, event("r1"));
            assertThat(later.outbox().about("r1", 1)).hasSize(1);
            assertThat(later.outbox().about("r", 10)).as("an id is matched whole").isEmpty();
        }
    }

    @Test
    void aWriterStartedWhileTheLastEventsAreNotSearchableYetNumbersOnAboveThem() {
        ElasticsearchSettings loading = CLUSTER.settings().withRefresh(ElasticsearchSettings.Refresh.FALSE);
        try (ElasticsearchStores killed = ElasticsearchStores.create(loading)) {
            killed.ensureIndices();
            // As during a first sync, whose writes become searchable every 30 s: here not until asked.
            CLUSTER.send("PUT", "/" + CLUSTER.prefix() + "-changes/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
            write(killed, event("k1"), event("k2"));
        }
        try (ElasticsearchStores restarted = ElasticsearchStores.create(loading)) {
            write(restarted, event("k3"));
            CLUSTER.send("POST", "/" + CLUSTER.prefix() + "-changes/_refresh");

            List<Outbox.Entry> all = restarted.outbox().after(0, 100).stream()
                    .filter(e -> e.event().entityId().startsWith("k")).toList();
            assertThat(all).extracting(e -> e.event().entityId()).containsExactly("k1", "k2", "k3");
            assertThat(all).extracting(Outbox.Entry::sequence).doesNotHaveDuplicates();
        } finally {
            CLUSTER.send("PUT", "/" + CLUSTER.prefix() + "-changes/_settings", "{\"index\":{\"refresh_interval\":null}}");
        }
    }

    @Test
    void twoNodesWritingAtOnceNeverGiveOneNumberTwice() throws Exception {
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (ElasticsearchStores a = ElasticsearchStores.create(CLUSTER.settings());
             ElasticsearchStores b = ElasticsearchStores.create(CLUSTER.settings())) {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (ElasticsearchStores node : List.of(a, b)) {
                String name = node == a ? "a" : "b";
                done.add(nodes.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        write(node, event("n" + name + i + "x"), event("n" + name + i + "y"));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            List<Outbox.Entry> all = a.outbox().after(0, 1000).stream()
                    .filter(e -> e.event().entityId().startsWith("n")).toList();
            assertThat(all).hasSize(60);
            assertThat(all).extracting(Outbox.Entry::sequence).doesNotHaveDuplicates();
        } finally {
            nodes.shutdownNow();
        }
    }

    private static void write(ElasticsearchStores stores, ChangeEvent... events) {
        assertThat(stores.batchWriter().write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(events))))
                .isEmpty();
    }

    private static ChangeEvent event(String residentId) {
        return new ChangeEvent(null, "resident", residentId, "updated", List.of("status"),
                new Provenance("civil", "civil/death/" + residentId, "v1", Instant.parse("2024-05-01T00:00:00Z")),
                Instant.parse("2024-05-01T00:00:01Z"));
    }
}
