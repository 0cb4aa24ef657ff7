package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civichub.model.Pseudonyms;
import org.civichub.store.AuditEntry;
import org.civichub.store.AuditLog;
import org.civichub.store.AuditVerification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit's hash chain on the real Elasticsearch: written concurrently, then tampered with directly. */
class AuditChainIT {

    private static final Pseudonyms KEY = new Pseudonyms("the audit test key, 32 bytes ...".getBytes());

    private final TestCluster cluster = new TestCluster("audit");
    private final List<ElasticsearchStores> opened = new ArrayList<>();

    @AfterEach
    void stop() {
        opened.forEach(ElasticsearchStores::close);
        cluster.deleteAll();
    }

    @Test
    void entriesWrittenConcurrentlyFormOneUnbrokenChainThatARestartContinues() throws Exception {
        ElasticsearchStores first = stores(KEY);
        writeConcurrently(first, 40);
        assertThat(first.auditLog().verify()).isEqualTo(AuditVerification.intact(40));

        ElasticsearchStores restarted = stores(KEY);
        restarted.auditLog().record(entry("after-restart"));
        assertThat(restarted.auditLog().verify()).isEqualTo(AuditVerification.intact(41));
        assertThat(cluster.count("audit")).isEqualTo(41);
        assertThat(first.auditLog().verify()).as("the first hub's view of the chain is still whole")
                .isEqualTo(AuditVerification.intact(41));
    }

    @Test
    void twoNodesWritingAtOnceKeepAChainEachAndBothVerifyOnEither() throws Exception {
        ElasticsearchStores stores = stores(KEY);
        AuditLog a = stores.auditLog("hub-a");
        AuditLog b = stores.auditLog("hub-b");
        // Read a minute ago: settled, so that hub-a reports a break in hub-b's chain at once.
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                AuditLog node = i % 2 == 0 ? a : b;
                String user = "worker" + i;
                done.add(pool.submit(() -> node.record(entry(user, aMinuteAgo))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(a.verify()).isEqualTo(AuditVerification.intact(60));
        assertThat(b.verify()).isEqualTo(AuditVerification.intact(60));
        assertThat(cluster.count("audit", "chain", "hub-a")).isEqualTo(30);
        assertThat(cluster.count("audit", "chain", "hub-b")).isEqualTo(30);

        assertThat(cluster.send("DELETE", "/" + cluster.prefix() + "-audit/_doc/hub-b:3?refresh=true").status())
                .isEqualTo(200);
        AuditVerification v = a.verify();
        assertThat(v.intact()).as("another node's entry deleted, seen from hub-a").isFalse();
        assertThat(v.firstBroken()).isEqualTo(3);
        assertThat(v.reason()).contains("chain hub-b").contains("missing");
        assertThat(b.verify().intact()).as("and from hub-b").isFalse();
    }

    @Test
    void anotherNodesLatestEntriesMayStillBeOnTheirWay() {
        ElasticsearchStores stores = stores(KEY);
        AuditLog b = stores.auditLog("hub-b");
        for (int i = 0; i < 5; i++) {
            b.record(entry("worker" + i));
        }

        assertThat(cluster.send("DELETE", "/" + cluster.prefix() + "-audit/_doc/hub-b:4?refresh=true").status())
                .isEqualTo(200);

        assertThat(stores.auditLog().verify()).as("a gap among the last seconds' entries of another node is not yet a break")
                .isEqualTo(AuditVerification.intact(3));
        assertThat(b.verify().intact()).as("the node that wrote them knows").isFalse();
    }

    @Test
    void anEntryEditedInElasticsearchBreaksTheChainThere() throws Exception {
        ElasticsearchStores stores = stores(KEY);
        writeConcurrently(stores, 12);

        assertThat(cluster.send("POST", "/" + cluster.prefix() + "-audit/_update/hub:7?refresh=true",
                "{\"doc\": {\"residentIds\": []}}").status()).isEqualTo(200);

        AuditVerification v = stores.auditLog().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(7);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void anEntryDeletedInElasticsearchBreaksTheChainThere() throws Exception {
        ElasticsearchStores stores = stores(KEY);
        writeConcurrently(stores, 12);

        assertThat(cluster.send("DELETE", "/" + cluster.prefix() + "-audit/_doc/hub:5?refresh=true").status()).isEqualTo(200);

        assertThat(stores.auditLog().verify()).extracting(AuditVerification::intact, AuditVerification::firstBroken)
                .containsExactly(false, 5L);
    }

    @Test
    void theLastEntriesDeletedAreNoticedByTheHubThatWroteThem() throws Exception {
        ElasticsearchStores stores = stores(KEY);
        writeConcurrently(stores, 6);

        assertThat(cluster.send("DELETE", "/" + cluster.prefix() + "-audit/_doc/hub:6?refresh=true").status()).isEqualTo(200);

        assertThat(stores.auditLog().verify()).extracting(AuditVerification::intact, AuditVerification::firstBroken)
                .containsExactly(false, 6L);
    }

    @Test
    void aChainRewrittenWithoutTheHubsKeyDoesNotVerify() throws Exception {
        writeConcurrently(stores(new Pseudonyms("somebody else's key, 32 bytes...".getBytes())), 3);

        assertThat(stores(KEY).auditLog().verify()).extracting(AuditVerification::intact, AuditVerification::firstBroken)
                .containsExactly(false, 1L);
    }

    @Test
    void refusedReadsAndSearchedNumberHashesAreKept() {
        ElasticsearchStores stores = stores(KEY);
        stores.auditLog().record(new AuditEntry(Instant.parse("2024-07-01T00:00:00Z"), "unverified:x", "10.0.0.9",
                "resident.read", AuditEntry.DENIED, "/residents/r1", List.of(), false, List.of("abc")));

        assertThat(stores.auditLog().verify().intact()).isTrue();
        assertThat(cluster.count("audit", "outcome", "denied")).isEqualTo(1);
        assertThat(cluster.count("audit", "idNumberHashes", "abc")).isEqualTo(1);
    }

    private ElasticsearchStores stores(Pseudonyms key) {
        // No refresh per write, as in production: verification refreshes the audit index itself.
        ElasticsearchStores s = ElasticsearchStores.create(
                cluster.settings().withRefresh(ElasticsearchSettings.Refresh.FALSE), key);
        opened.add(s);
        return s;
    }

    private static void writeConcurrently(ElasticsearchStores stores, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String user = "worker" + i;
                done.add(pool.submit(() -> stores.auditLog().record(entry(user))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static AuditEntry entry(String user) {
        return entry(user, Instant.now());
    }

    private static AuditEntry entry(String user, Instant at) {
        return new AuditEntry(at, user, "127.0.0.1", "resident.search", AuditEntry.SHOWN, "/residents?q=王",
                List.of("r1", "r2"), false, List.of());
    }
}
