package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civichub.model.SourceRecord;
import org.civichub.store.AuditEntry;
import org.civichub.store.Batch;
import org.civichub.store.ConnectorState;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RawEntry;
import org.civichub.store.RecordCounts;
import org.civichub.store.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoreReadsIT {

    private static final TestCluster CLUSTER = new TestCluster("reads");
    private static ElasticsearchStores stores;

    private static final SourceRecord POLICE_1 = Records.record("police", "person", "P1", "1");
    private static final SourceRecord POLICE_2 = Records.record("police", "person", "P2", "1");
    private static final SourceRecord POLICE_BAD = Records.record("police", "person", "P3", "1");
    private static final SourceRecord FLOATING = Records.record("police", "floating", "F1", "1");
    private static final SourceRecord HEALTH_BAD = Records.record("health", "birth", "B1", "1");
    private static final QuarantineEntry OLDER = Records.quarantine(POLICE_BAD, Instant.parse("2024-07-01T00:00:00Z"));
    private static final QuarantineEntry NEWER = Records.quarantine(HEALTH_BAD, Instant.parse("2024-07-02T00:00:00Z"));

    @BeforeAll
    static void writeRecords() {
        stores = ElasticsearchStores.create(CLUSTER.settings());
        List<RawEntry> raw = List.of(Records.indexed(POLICE_1, "r1"), Records.indexed(POLICE_2, "r2"),
                Records.indexed(FLOATING, "r1"), Records.quarantined(POLICE_BAD), Records.quarantined(HEALTH_BAD));
        Batch batch = new Batch(raw, List.of(OLDER, NEWER), List.of(), List.of(), List.of(), Records.links(raw));
        assertThat(stores.batchWriter().write(batch)).isEmpty();
    }

    @AfterAll
    static void stop() {
        stores.close();
        CLUSTER.deleteAll();
    }

    @Test
    void countsArePulledVersionsAndWhereEachRecordStandsPerRecordType() {
        assertThat(stores.connectorStateStore().counts("police")).containsExactly(
                new RecordCounts("floating", 1, 1, 0, 0, 0), new RecordCounts("person", 3, 2, 0, 1, 0));
        assertThat(stores.connectorStateStore().counts("health")).containsExactly(
                new RecordCounts("birth", 1, 0, 0, 1, 0));
        assertThat(stores.connectorStateStore().counts("labour")).isEmpty();
    }

    @Test
    void linksReadBackEqualWithFindingsAndReviewCandidatesAndFilterByStateAndFindings() {
        SourceRecord waiting = Records.record("health", "births", "Y9", "1");
        SourceRecord typo = Records.record("civil", "assistance", "T9", "1");
        org.civichub.store.Link review = org.civichub.store.Link.of("e1", "health-default", waiting,
                org.civichub.store.Link.State.REVIEW, null).withCandidates(List.of(new org.civichub.store.Link.Candidate(
                "r7", 23.46, List.of(new org.civichub.store.Link.Evidence("name", "exact", 10.93)))));
        org.civichub.store.Link finding = org.civichub.store.Link.of("e2", "civil-default", typo,
                org.civichub.store.Link.State.LINKED, "r8").withFindings(List.of("idNumber:id.checkCharacter"));
        assertThat(stores.batchWriter().write(new Batch(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(review, finding)))).isEmpty();

        assertThat(stores.linkStore().get(List.of("e1", "e2"))).containsEntry("e1", review).containsEntry("e2", finding);
        assertThat(stores.linkStore().inState(org.civichub.store.Link.State.REVIEW, "health", null, 10))
                .containsExactly(review);
        assertThat(stores.linkStore().withFindings("civil", null, 10)).containsExactly(finding);
        assertThat(stores.linkStore().findingCounts(null)).containsEntry("idNumber:id.checkCharacter", 1L);
    }

    @Test
    void allKeysAreReadPageByPageEachOnceWithTheirResidentsInOrderAndEveryAcknowledgedWriteSeen() {
        List<org.civichub.store.ResolverKey> written = new java.util.ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            written.add(new org.civichub.store.ResolverKey("k-" + i, i % 3 == 0 ? List.of("r" + i, "r0") : List.of("r" + i)));
        }
        org.civichub.store.ResolverKey changed = new org.civichub.store.ResolverKey("k-7", List.of("r7", "r9"));
        List<org.civichub.store.ResolverKey> read = new java.util.ArrayList<>();
        try (ElasticsearchStores unrefreshed = ElasticsearchStores.create(
                CLUSTER.settings().withRefresh(ElasticsearchSettings.Refresh.FALSE))) {
            assertThat(unrefreshed.batchWriter().write(new Batch(List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), written))).isEmpty();
            assertThat(unrefreshed.batchWriter().write(new Batch(List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(changed)))).isEmpty();
            unrefreshed.resolverKeys().all(read::add);
        }

        written.set(7, changed);
        assertThat(read).hasSize(20_001).containsExactlyInAnyOrderElementsOf(written);
        assertThat(stores.resolverKeys().keys(List.of("k-7", "k-20001"))).containsOnlyKeys("k-7");
    }

    @Test
    void theQuarantineListsMostRecentFirstAndReadsBackEntriesEqual() {
        Page<QuarantineEntry> all = stores.quarantineStore().list(null, Scope.EVERYWHERE, 0, 10);

        assertThat(all.items()).containsSubsequence(NEWER, OLDER);
        assertThat(stores.quarantineStore().list("police", Scope.EVERYWHERE, 0, 10).items()).containsExactly(OLDER);
        assertThat(stores.quarantineStore().get(OLDER.id())).contains(OLDER);
        assertThat(stores.quarantineStore().get("missing")).isEmpty();
    }

    @Test
    void theQuarantineIsScopedByTheCommunitiesItsRecordsName() {
        SourceRecord inStreet = withDivision(Records.record("civil", "assistance", "P10", "1"), "350203006004");
        SourceRecord elsewhere = withDivision(Records.record("civil", "assistance", "P11", "1"), "350206001001");
        QuarantineEntry a = Records.quarantine(inStreet, Instant.parse("2024-07-03T00:00:00Z"));
        QuarantineEntry b = Records.quarantine(elsewhere, Instant.parse("2024-07-04T00:00:00Z"));
        assertThat(stores.batchWriter().write(new Batch(List.of(), List.of(a, b), List.of(), List.of(), List.of())))
                .isEmpty();

        assertThat(stores.quarantineStore().list("civil", new Scope(Set.of("350203006")), 0, 10).items())
                .containsExactly(a);
        assertThat(stores.quarantineStore().list("civil", new Scope(Set.of("350206")), 0, 10).items())
                .containsExactly(b);
        assertThat(stores.quarantineStore().list("police", new Scope(Set.of("350203006")), 0, 10).items())
                .as("undivided records: district-wide scopes only").isEmpty();
        assertThat(stores.quarantineStore().list("police", new Scope(Set.of("350203")), 0, 10).items())
                .containsExactly(OLDER);
        assertThat(stores.quarantineStore().list(null, new Scope(Set.of()), 0, 10).items()).isEmpty();
        assertThat(a.divisions()).containsExactly("350203006004");
    }

    private static SourceRecord withDivision(SourceRecord r, String division) {
        java.util.Map<String, String> payload = new java.util.LinkedHashMap<>(r.payload());
        payload.put("HJDZ_XZQH", division);
        return new SourceRecord(r.key(), r.sourceVersion(), r.updatedAt(), r.fetchedAt(), payload);
    }

    @Test
    void connectorStateIsStoredAndReplaced() {
        assertThat(stores.connectorStateStore().get("police-default")).isEmpty();
        ConnectorState first = new ConnectorState("police-default", "2024-07-01T00:00:00Z|P1",
                Instant.parse("2024-07-01T00:00:05Z"), null, null);
        ConnectorState second = new ConnectorState("police-default", "2024-07-02T00:00:00Z|P9",
                Instant.parse("2024-07-02T00:00:05Z"), "SERVICE_BUSY", Instant.parse("2024-07-02T00:00:04Z"));

        stores.connectorStateStore().put(first);
        assertThat(stores.connectorStateStore().get("police-default")).contains(first);
        stores.connectorStateStore().put(second);
        assertThat(stores.connectorStateStore().get("police-default")).contains(second);
    }

    @Test
    void auditEntriesAreAppended() {
        long before = CLUSTER.count("audit");
        AuditEntry entry = new AuditEntry(Instant.now(), "worker1", "search", "张三", List.of("r1", "r2"), false);

        stores.auditLog().record(entry);
        stores.auditLog().record(entry);

        assertThat(CLUSTER.count("audit")).isEqualTo(before + 2);
    }
}
