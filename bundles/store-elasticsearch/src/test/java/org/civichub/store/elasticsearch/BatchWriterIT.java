package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civichub.metrics.Labels;
import org.civichub.metrics.MetricRegistry;
import org.civichub.model.ChangeEvent;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.store.Batch;
import org.civichub.store.RawEntry;
import org.civichub.store.RecordCounts;
import org.civichub.store.StoreUnavailableException;
import org.civichub.store.WriteFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchWriterIT {

    private static final TestCluster CLUSTER = new TestCluster("writer");
    private static final MetricRegistry METRICS = new MetricRegistry();
    private static ElasticsearchStores stores;

    @BeforeAll
    static void start() {
        stores = ElasticsearchStores.create(CLUSTER.settings().withBulkSize(3), METRICS, Residents.KEYS);
    }

    @AfterAll
    static void stop() {
        stores.close();
        CLUSTER.deleteAll();
    }

    private static Batch batch(String department) {
        Resident a = Residents.resident("张三", "35020319900101001", "350203001001", "龙头路1号");
        Resident b = Residents.resident("李四", "35020319900101002", "350203001001", "龙头路2号");
        SourceRecord ra = Records.record(department, "person", a.idNumber().value(), "1");
        SourceRecord rb = Records.record(department, "person", b.idNumber().value(), "1");
        SourceRecord bad = Records.record(department, "person", "BAD-1", "1");
        Household h = Household.empty("hH1", "H1").withMember(
                new HouseholdMember(a.id(), "张三", "02", ra.provenance()), a.registeredAddress().value());
        List<RawEntry> raw = List.of(Records.indexed(ra, a.id()), Records.indexed(rb, b.id()), Records.quarantined(bad));
        return new Batch(raw,
                List.of(Records.quarantine(bad, Instant.parse("2024-07-01T12:00:01Z"))),
                List.of(a, b), List.of(h),
                List.of(new ChangeEvent(null, "resident", a.id(), "created", List.of("name"), ra.provenance(),
                        Instant.parse("2024-07-01T12:00:02Z"))), Records.links(raw));
    }

    @Test
    void writingTheSameBatchTwiceStoresTheSameDocumentsOnce() {
        Batch batch = batch("police");
        String rawId = batch.raw().get(0).record().id();

        assertThat(stores.batchWriter().write(batch)).isEmpty();
        long rawVersion = CLUSTER.get("/" + CLUSTER.prefix() + "-raw/_doc/" + rawId).path("_version").asLong();
        List<RecordCounts> counts = stores.connectorStateStore().counts("police");
        assertThat(stores.batchWriter().write(batch)).isEmpty();

        assertThat(CLUSTER.get("/" + CLUSTER.prefix() + "-raw/_doc/" + rawId).path("_version").asLong())
                .isEqualTo(rawVersion).isEqualTo(1);
        assertThat(stores.connectorStateStore().counts("police")).isEqualTo(counts)
                .containsExactly(new RecordCounts("person", 3, 2, 0, 1, 0));
        assertThat(CLUSTER.count("raw", "department", "police")).isEqualTo(3);
        assertThat(CLUSTER.count("quarantine", "department", "police")).isEqualTo(1);
        assertThat(CLUSTER.count("changes")).isEqualTo(1);
        assertThat(CLUSTER.count("residents")).isEqualTo(2);
        Resident a = batch.residents().get(0);
        assertThat(stores.residentStore().residents(List.of(a.id(), "missing", a.id()))).isEqualTo(Map.of(a.id(), a));
        Household h = batch.households().get(0);
        assertThat(stores.residentStore().household(h.id())).contains(h);
    }

    @Test
    void theRawPayloadIsKeptExactlyAsReceived() {
        SourceRecord r = Records.record("civil", "person", "P-1", "3");
        assertThat(stores.batchWriter().write(Records.rawOnly(List.of(Records.quarantined(r))))).isEmpty();

        var source = CLUSTER.get("/" + CLUSTER.prefix() + "-raw/_doc/" + r.id()).path("_source");
        assertThat(source.path("payload").toString())
                .isEqualTo("{\"ZJHM\":\"P-1\",\"XM\":\"张三\",\"odd.field with spaces\":\"{\\\"nested\\\": [1, 2]}\",\"BZ\":null}");
        assertThat(source.path("recordKey").asText()).isEqualTo("civil/person/P-1");
        assertThat(source.path("hash").asText()).isEqualTo(r.hash());
        assertThat(source.path("outcome").asText()).isEqualTo("QUARANTINED");
    }

    @Test
    void aDocumentElasticsearchRejectsFailsAloneWhileTheRestOfTheBatchIsWritten() {
        SourceRecord ok1 = Records.record("labour", "person", "OK-1", "1");
        SourceRecord immense = Records.record("labour", "person", "X".repeat(33_000), "1");
        SourceRecord ok2 = Records.record("labour", "person", "OK-2", "1");
        Batch batch = Records.rawOnly(List.of(Records.quarantined(ok1), Records.quarantined(immense),
                Records.quarantined(ok2)));
        long failedBefore = METRICS.counter("civichub_es_bulk_item_failures_total", "", Labels.NONE).value();
        long bulksBefore = METRICS.timer("civichub_es_bulk_seconds", "", Labels.NONE).count();

        List<WriteFailure> failures = stores.batchWriter().write(batch);

        assertThat(METRICS.counter("civichub_es_bulk_item_failures_total", "", Labels.NONE).value())
                .isEqualTo(failedBefore + 1);
        assertThat(METRICS.timer("civichub_es_bulk_seconds", "", Labels.NONE).count()).isEqualTo(bulksBefore + 1);

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("raw");
            assertThat(f.id()).isEqualTo(immense.id());
            assertThat(f.status()).isEqualTo(400);
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).contains("immense term");
        });
        assertThat(CLUSTER.send("GET", "/" + CLUSTER.prefix() + "-raw/_doc/" + ok1.id()).status()).isEqualTo(200);
        assertThat(CLUSTER.send("GET", "/" + CLUSTER.prefix() + "-raw/_doc/" + ok2.id()).status()).isEqualTo(200);
    }

    @Test
    void anUnreachableClusterIsStoreUnavailable() {
        ElasticsearchSettings nowhere = CLUSTER.settings().withUrls("http://127.0.0.1:1");
        try (ElasticsearchStores down = ElasticsearchStores.create(nowhere)) {
            assertThatThrownBy(() -> down.batchWriter().write(batch("police")))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> down.residentStore().resident("r1"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(down::ensureIndices).isInstanceOf(StoreUnavailableException.class);
        }
    }
}
