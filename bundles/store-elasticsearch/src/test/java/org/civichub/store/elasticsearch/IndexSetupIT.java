package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexSetupIT {

    private static final List<String> KINDS =
            List.of("raw", "residents", "households", "quarantine", "connectors", "changes", "audit", "links", "keys",
                    "deliveries", "leases");

    private final TestCluster cluster = new TestCluster("setup");

    @AfterEach
    void deleteIndices() {
        cluster.deleteAll();
    }

    @Test
    void everyKindGetsATemplateAndAVersionedIndexBehindAWriteAlias() {
        try (ElasticsearchStores stores = ElasticsearchStores.create(cluster.settings())) {
            stores.ensureIndices();
        }
        String p = cluster.prefix();
        for (String kind : KINDS) {
            JsonNode alias = cluster.get("/_alias/" + p + "-" + kind);
            assertThat(alias.at("/" + p + "-" + kind + "-v1/aliases/" + p + "-" + kind + "/is_write_index").asBoolean())
                    .as(kind).isTrue();
            JsonNode template = cluster.get("/_index_template/" + p + "-" + kind).at("/index_templates/0/index_template");
            assertThat(template.at("/index_patterns/0").asText()).isEqualTo(p + "-" + kind + "-v*");
            assertThat(template.at("/template/mappings/dynamic").asText()).isEqualTo("strict");
        }
        JsonNode mapping = cluster.get("/" + p + "-residents-v1/_mapping").at("/" + p + "-residents-v1/mappings");
        assertThat(mapping.at("/properties/resident/enabled").asBoolean(true)).isFalse();
        assertThat(mapping.at("/properties/name/fields/keyword/type").asText()).isEqualTo("keyword");
        assertThat(cluster.get("/" + p + "-raw-v1/_mapping").at("/" + p + "-raw-v1/mappings/properties/payload/enabled")
                .asBoolean(true)).isFalse();
        assertThat(cluster.get("/" + p + "-raw-v1/_settings").at("/" + p + "-raw-v1/settings/index/number_of_replicas")
                .asText()).isEqualTo("0");
    }

    @Test
    void concurrentAndRepeatedStartsAllSucceedAndCreateEachIndexOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> {
                    try (ElasticsearchStores stores = ElasticsearchStores.create(cluster.settings())) {
                        stores.ensureIndices();
                        stores.ensureIndices();
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(starts)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (ElasticsearchStores again = ElasticsearchStores.create(cluster.settings())) {
            again.ensureIndices();
        }
        JsonNode indices = cluster.get("/_cat/indices/" + cluster.prefix() + "-*?format=json&h=index");
        assertThat(indices.size()).isEqualTo(KINDS.size());
        indices.forEach(i -> assertThat(i.path("index").asText()).endsWith("-v1"));
    }
}
