package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** While a first sync runs, the indices it writes to refresh less often; afterwards as before. */
class LoadSettingsIT {

    private static final TestCluster CLUSTER = new TestCluster("load");
    /** Segments written one document each: more than Elasticsearch's default tier holds, fewer than the loading one. */
    private static final int SMALL_SEGMENTS = 16;
    private static final int DEFAULT_SEGMENTS_PER_TIER = 10;

    @AfterAll
    static void stop() {
        CLUSTER.deleteAll();
    }

    @Test
    void aFirstSyncSetsTheRefreshIntervalOfTheIndicesItWritesAndItsEndRemovesIt() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(CLUSTER.settings()
                .withRefresh(ElasticsearchSettings.Refresh.FALSE))) {
            stores.ensureIndices();

            stores.loadSettings().firstSyncRunning(true);
            assertThat(refreshInterval("residents")).isEqualTo("30s");
            assertThat(refreshInterval("raw")).isEqualTo("30s");
            assertThat(refreshInterval("audit")).as("reads are audited at once, whatever loads").isNull();
            assertThat(mergePolicy("residents")).containsEntry("segments_per_tier", "40")
                    .containsEntry("deletes_pct_allowed", "50");

            stores.loadSettings().firstSyncRunning(false);
            assertThat(refreshInterval("residents")).as("removed: Elasticsearch's default again").isNull();
            assertThat(refreshInterval("raw")).isNull();
            assertThat(mergePolicy("residents")).as("Elasticsearch's defaults again").isEmpty();
            stores.loadSettings().firstSyncRunning(false);
        }
    }

    @Test
    void theEndOfAFirstSyncMergesWhatItsPolicyLeftUnmerged() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(CLUSTER.settings()
                .withRefresh(ElasticsearchSettings.Refresh.FALSE))) {
            stores.ensureIndices();
            stores.loadSettings().firstSyncRunning(true);
            String raw = "/" + CLUSTER.prefix() + "-raw";
            for (int i = 0; i < SMALL_SEGMENTS; i++) {
                assertThat(CLUSTER.send("POST", raw + "/_doc?refresh=true", "{\"connectorId\":\"c" + i + "\"}").status())
                        .isEqualTo(201);
            }
            assertThat(segments(raw)).as("40 segments a tier while loading: none merged").isEqualTo(SMALL_SEGMENTS);

            stores.loadSettings().firstSyncRunning(false);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(segments(raw))
                    .as("merged by the default policy without another write")
                    .isLessThanOrEqualTo(DEFAULT_SEGMENTS_PER_TIER));
            assertThat(CLUSTER.count("raw")).isEqualTo(SMALL_SEGMENTS);
        }
    }

    @Test
    void aStoreWhoseWritesWaitForARefreshKeepsRefreshingEverySecond() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(CLUSTER.settings())) {
            stores.ensureIndices();

            stores.loadSettings().firstSyncRunning(true);

            assertThat(refreshInterval("residents")).as("each write would wait up to 30 s").isNull();
        }
    }

    /** The segments of an index's primaries that searches see (after a refresh). */
    private long segments(String index) {
        CLUSTER.send("POST", index + "/_refresh");
        return CLUSTER.get(index + "/_stats/segments").path("_all").path("primaries").path("segments").path("count")
                .asLong();
    }

    private java.util.Map<String, String> mergePolicy(String kind) {
        JsonNode settings = CLUSTER.send("GET", "/" + CLUSTER.prefix() + "-" + kind + "/_settings").body();
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        settings.elements().next().path("settings").path("index").path("merge").path("policy").fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private String refreshInterval(String kind) {
        JsonNode settings = CLUSTER.send("GET", "/" + CLUSTER.prefix() + "-" + kind + "/_settings").body();
        JsonNode index = settings.elements().next().path("settings").path("index");
        return index.has("refresh_interval") ? index.get("refresh_interval").asText() : null;
    }
}
