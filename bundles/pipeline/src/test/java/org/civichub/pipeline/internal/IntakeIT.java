package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civichub.pipeline.internal.PoliceRecords.CONNECTOR;
import static org.civichub.pipeline.internal.PoliceRecords.floating;
import static org.civichub.pipeline.internal.PoliceRecords.idNumber;
import static org.civichub.pipeline.internal.PoliceRecords.nextVersion;
import static org.civichub.pipeline.internal.PoliceRecords.page;
import static org.civichub.pipeline.internal.PoliceRecords.person;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.camel.CamelExecutionException;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.store.ConnectorState;
import org.civichub.store.Link;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.RecordCounts;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.civichub.store.StoreUnavailableException;
import org.civichub.store.elasticsearch.ElasticsearchStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The intake route on the real Elasticsearch store with the police connector's mapper. */
class IntakeIT {

    private static final Scope SIMING = new Scope(Set.of("350203"));
    private static final String WANG = idNumber("19650312", 31);
    private static final String LI = idNumber("19680705", 42);
    private static final String WANG_LEI = idNumber("19920118", 13);
    private static final String CHEN = idNumber("19900307", 24);
    private static final String LIN = idNumber("19781125", 57);
    private static final String HUANG = idNumber("19900215", 66);
    private static final String ZHANG = idNumber("19850612", 71);
    private static final String WANGS = "H3502030060001";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final TestIndices es = new TestIndices();
    private ElasticsearchStores stores;
    private IntakeHub hub;

    @BeforeEach
    void start() throws Exception {
        stores = ElasticsearchStores.create(es.settings());
        hub = new IntakeHub(stores);
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
        stores.close();
        es.deleteAll();
    }

    @Test
    void validRecordsBecomeResidentsUnlinkableOnesAreKeptAndBrokenOnesAreQuarantinedWithFieldRuleAndValue() {
        String badId = PoliceRecords.withWrongCheckCharacter(LIN);
        SourceRecord badCheck = person(badId, "林志强", "H3502030060002", "02", "2024-01-10 09:00:02");
        SourceRecord badStatus = PoliceRecords.with(person(HUANG, "黄丽华", "H3502030060003", "02",
                "2024-01-10 09:00:03"), "RYZT", "7");
        IntakeBatch page = page(person(WANG, "王建国", WANGS, "02", "2024-01-10 09:00:00"),
                person(CHEN, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:01"), badCheck, badStatus,
                floating("JZ350203000123", ZHANG, "张伟", "2024-01-10 09:00:04"));

        IntakeResult result = hub.send(page);

        assertThat(result).isEqualTo(new IntakeResult(4, 0, 1));
        assertThat(found("王建国")).containsExactly(residentId(WANG));
        assertThat(found("chenmeiling")).containsExactly(residentId(CHEN));
        assertThat(found("zhang wei")).containsExactly(residentId(ZHANG));
        assertThat(found("林志强")).as("a wrong check character founds a resident by name, sex and birth date")
                .hasSize(1);
        assertThat(found("黄丽华")).isEmpty();
        assertThat(stores.quarantineStore().list("police", org.civichub.store.Scope.EVERYWHERE, 0, 10).items())
                .flatExtracting(q -> q.violations().stream().map(v -> tuple(q.record().key().recordKey(),
                        v.field(), v.rule(), v.value())).toList())
                .containsExactly(tuple("police/person/" + HUANG, "RYZT", "code.RYZT", "7"));
        assertThat(stores.quarantineStore().get(badStatus.id())).map(QuarantineEntry::record).contains(badStatus);
        List<RecordCounts> counts = stores.connectorStateStore().counts(CONNECTOR);
        assertThat(counts).containsExactly(new RecordCounts("floating", 1, 1, 0, 0, 0),
                new RecordCounts("person", 4, 3, 0, 1, 0));
        assertThat(counts.stream().mapToLong(RecordCounts::versions).sum()).isEqualTo(page.records().size());
        assertThat(counts.stream().mapToLong(RecordCounts::records).sum()).isEqualTo(page.records().size());
        assertThat(stores.linkStore().after(null, 10)).filteredOn(l -> l.recordKey().endsWith(badId))
                .singleElement().satisfies(l -> {
                    assertThat(l.state()).isEqualTo(Link.State.LINKED);
                    assertThat(l.residentId()).isEqualTo(found("林志强").get(0));
                    assertThat(l.findings()).containsExactly("idNumber:id.checkCharacter");
                });
        assertThat(stores.connectorStateStore().get(CONNECTOR)).map(ConnectorState::watermark)
                .contains(page.watermarkAfter()).contains("2024-01-10 09:00:04");
    }

    @Test
    void readingTheSamePageAgainChangesNothingInTheStore() {
        // Built anew on every read, with a new fetch time, as a re-read from the watermark is.
        Supplier<IntakeBatch> read = () -> page(liPermit(), li(), wang(), wangLei(), PoliceRecords.with(
                person(HUANG, "黄丽华", "H3502030060003", "02", "2024-01-10 09:00:03"), "RYZT", "7"));
        IntakeResult first = hub.send(read.get());
        Map<String, Resident> residents = stores.residentStore().residents(residentIds(WANG, LI, WANG_LEI));
        Household household = household();
        List<RecordCounts> counts = stores.connectorStateStore().counts(CONNECTOR);
        List<String> quarantined = quarantinedIds();
        String headRaw = wang().id();
        long headRawVersion = es.version("raw", headRaw);
        long changes = es.count("changes");

        IntakeResult again = hub.send(read.get());

        assertThat(again).isEqualTo(first).isEqualTo(new IntakeResult(4, 0, 1));
        assertThat(stores.residentStore().residents(residentIds(WANG, LI, WANG_LEI))).hasSize(3).isEqualTo(residents);
        assertThat(household()).isEqualTo(household);
        assertThat(stores.connectorStateStore().counts(CONNECTOR)).isEqualTo(counts)
                .containsExactly(new RecordCounts("floating", 1, 1, 0, 0, 0), new RecordCounts("person", 4, 3, 0, 1, 0));
        assertThat(quarantinedIds()).isEqualTo(quarantined).hasSize(1);
        assertThat(es.version("raw", headRaw)).isEqualTo(headRawVersion).isEqualTo(1);
        assertThat(es.count("raw")).isEqualTo(5);
        assertThat(es.count("changes")).as("three on residents, one finding for the quarantined record")
                .isEqualTo(changes).isEqualTo(4);
    }

    @Test
    void householdsFollowTheirMembersAndEveryFieldKeepsItsSource() {
        hub.send(page(liPermit(), li(), wang(), wangLei()));
        assertThat(household().members()).extracting(HouseholdMember::name, HouseholdMember::relationToHead)
                .containsExactly(tuple("王建国", "02"), tuple("李秀英", "10"), tuple("王磊", "20"));
        assertThat(household().address().division().value()).isEqualTo(PoliceRecords.COMMUNITY);

        hub.send(page(nextVersion(wangLei(), "2024-03-01 10:00:00", "RYZT", "2")));
        assertThat(resident(WANG_LEI).status().value()).isEqualTo(PersonStatus.MOVED_OUT);
        assertThat(household().members()).extracting(HouseholdMember::name).containsExactly("王建国", "李秀英");

        SourceRecord liRenamed = nextVersion(li(), "2024-05-01 10:00:00", "XM", "李秀瑛");
        hub.send(page(liRenamed));
        Resident li = resident(LI);
        assertThat(li.name().value()).isEqualTo("李秀瑛");
        assertThat(li.name().source()).isEqualTo(liRenamed.provenance());
        // The permit only the floating record states keeps its source; the newer version re-states
        // the relation unchanged and so becomes its source: the most recent source wins per field.
        assertThat(li.residencePermit().source()).isEqualTo(liPermit().provenance());
        assertThat(li.relationToHead().source()).isEqualTo(liRenamed.provenance());
        assertThat(li.sources()).containsExactly(liPermit().provenance(), li().provenance(), liRenamed.provenance());
        assertThat(household().members()).extracting(HouseholdMember::name).containsExactly("王建国", "李秀瑛");
    }

    @Test
    void aRecordTheStoreRejectsIsQuarantinedAndTheRestOfThePageIsStored() {
        // A key longer than Lucene's 32766-byte term limit cannot be indexed as a keyword.
        SourceRecord immense = floating("JZ" + "3".repeat(32_998), ZHANG, "张伟", "2024-01-10 09:00:01");
        IntakeBatch page = page(person(WANG, "王建国", WANGS, "02", "2024-01-10 09:00:00"), immense,
                person(CHEN, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:02"));

        IntakeResult result = hub.send(page);

        assertThat(result).isEqualTo(new IntakeResult(2, 0, 1));
        QuarantineEntry q = stores.quarantineStore().get(immense.id()).orElseThrow();
        assertThat(q.record()).isEqualTo(immense);
        assertThat(q.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("store.rejected");
            assertThat(v.message()).contains("record as received");
        });
        assertThat(stores.residentStore().residents(residentIds(WANG, CHEN))).hasSize(2);
        assertThat(stores.residentStore().residents(residentIds(ZHANG))).as("nothing is derived from a record not kept")
                .isEmpty();
        assertThat(stores.connectorStateStore().counts(CONNECTOR))
                .containsExactly(new RecordCounts("floating", 0, 0, 0, 1, 0), new RecordCounts("person", 2, 2, 0, 0, 0));
        assertThat(stores.connectorStateStore().get(CONNECTOR)).map(ConnectorState::watermark)
                .contains(page.watermarkAfter());
    }

    @Test
    void whileTheStoreIsDownABatchFailsAndNothingIsAcknowledged() throws Exception {
        SourceRecord wang = person(WANG, "王建国", WANGS, "02", "2024-01-10 09:00:00");
        hub.send(page(wang));
        String closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + s.getLocalPort();
        }

        try (ElasticsearchStores down = ElasticsearchStores.create(es.settings().withUrls(closed));
             IntakeHub downHub = new IntakeHub(down)) {
            assertThatThrownBy(() -> downHub.send(page(person(CHEN, "陈美玲", "H3502030060004", "02",
                    "2024-01-10 09:00:01")))).isInstanceOf(CamelExecutionException.class)
                    .hasCauseInstanceOf(StoreUnavailableException.class);
        }

        assertThat(stores.connectorStateStore().get(CONNECTOR)).map(ConnectorState::watermark)
                .contains(wang.sourceVersion());
        assertThat(stores.residentStore().resident(residentId(CHEN))).isEmpty();
        assertThat(stores.connectorStateStore().counts(CONNECTOR)).containsExactly(new RecordCounts("person", 1, 1, 0, 0, 0));
    }

    @Test
    void recordsOfOnePersonArrivingInTwoBatchesAtOnceEndInOneResidentWithBothSources() throws Exception {
        String[] given = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛"};
        List<String> ids = IntStream.range(0, given.length).mapToObj(i -> idNumber("19800101", 101 + i)).toList();
        IntakeBatch persons = page(IntStream.range(0, given.length).mapToObj(i -> person(ids.get(i), "张" + given[i],
                "H35020300601" + (10 + i), "02", "2024-01-10 09:00:00")).toArray(SourceRecord[]::new));
        IntakeBatch floatings = page(IntStream.range(0, given.length).mapToObj(i -> floating("JZ3502030001" + (10 + i),
                ids.get(i), "张" + given[i], "2024-01-10 09:00:00")).toArray(SourceRecord[]::new));

        List<IntakeResult> results = hub.sendAtOnce(persons, floatings);

        assertThat(results).containsOnly(new IntakeResult(given.length, 0, 0));
        Map<String, Resident> residents = stores.residentStore().residents(residentIds(ids.toArray(String[]::new)));
        assertThat(residents).hasSize(given.length);
        assertThat(residents.values()).allSatisfy(r -> assertThat(r.sources()).extracting(Provenance::recordKey)
                .map(key -> key.substring(0, key.lastIndexOf('/'))).containsExactly("police/floating", "police/person"));
        assertThat(stores.residentSearch().search(new ResidentQuery(null, null, 0, 100), SIMING).total())
                .isEqualTo(given.length);
    }

    @Test
    void eventsAndHouseholdsTheStoreFailedOnceAreWrittenByTheReReadAndNoResidentBefore() throws Exception {
        Map<String, Map<String, JsonNode>> clean = cleanRun();
        FailOnceWriter writer = FailOnceWriter.eventsAndHouseholds(stores.batchWriter());

        try (IntakeHub faulty = new IntakeHub(writer, HubStores.of(stores), CLOCK)) {
            for (Supplier<IntakeBatch> page : pagesWithAMove()) {
                Map<String, JsonNode> residents = es.documents("residents");
                Optional<ConnectorState> acknowledged = stores.connectorStateStore().get(CONNECTOR);
                assertThatThrownBy(() -> faulty.send(page.get())).isInstanceOf(CamelExecutionException.class)
                        .hasCauseInstanceOf(BatchNotStoredException.class);
                assertThat(es.documents("residents")).as("no resident written").isEqualTo(residents);
                assertThat(stores.connectorStateStore().get(CONNECTOR)).isEqualTo(acknowledged);

                faulty.send(page.get());
            }
        }

        assertThat(writer.failed()).isGreaterThan(5);
        assertSameDocuments(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"change,household,quarantine", "resident"})
    void aCrashWhileAPageIsStoredLosesNoEventAndNoHousehold(String durable) throws Exception {
        Map<String, Map<String, JsonNode>> clean = cleanRun();
        List<Supplier<IntakeBatch>> pages = pagesWithAMove();
        CrashingWriter crashing = new CrashingWriter(stores.batchWriter(), Set.of(durable.split(",")));
        try (IntakeHub before = new IntakeHub(stores.batchWriter(), HubStores.of(stores), CLOCK)) {
            before.send(pages.get(0).get());
        }
        Optional<ConnectorState> acknowledged = stores.connectorStateStore().get(CONNECTOR);

        try (IntakeHub crashes = new IntakeHub(crashing, HubStores.of(stores), CLOCK)) {
            assertThatThrownBy(() -> crashes.send(pages.get(1).get())).isInstanceOf(CamelExecutionException.class)
                    .hasCauseInstanceOf(CrashingWriter.Crash.class);
        }
        assertThat(stores.connectorStateStore().get(CONNECTOR)).isEqualTo(acknowledged);
        try (IntakeHub restarted = new IntakeHub(stores.batchWriter(), HubStores.of(stores), CLOCK)) {
            restarted.send(pages.get(1).get());
        }

        assertSameDocuments(clean);
    }

    /** The household of three; then the wife moves to a household of her own and the son is renamed. */
    private static List<Supplier<IntakeBatch>> pagesWithAMove() {
        return List.of(() -> page(liPermit(), li(), wang(), wangLei(),
                        person(CHEN, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:03")),
                () -> page(nextVersion(li(), "2024-05-01 10:00:00", "HH", "H3502030060009"),
                        nextVersion(wangLei(), "2024-05-01 10:00:01", "XM", "王雷")));
    }

    /** The residents, households and change events after the pages went through a hub without faults. */
    private static Map<String, Map<String, JsonNode>> cleanRun() throws Exception {
        TestIndices cleanIndices = new TestIndices();
        try (ElasticsearchStores clean = ElasticsearchStores.create(cleanIndices.settings());
             IntakeHub hub = new IntakeHub(clean.batchWriter(), HubStores.of(clean), CLOCK)) {
            pagesWithAMove().forEach(page -> hub.send(page.get()));
            return Map.of("residents", cleanIndices.documents("residents"),
                    "households", cleanIndices.documents("households"),
                    "changes", cleanIndices.documents("changes"));
        } finally {
            cleanIndices.deleteAll();
        }
    }

    /**
     * The same documents as the clean run wrote, but for the outbox's sequence numbers: an event a
     * crashed attempt wrote is written again with a new, higher number (it is delivered again, with
     * the same id); every event still has a number of its own.
     */
    private void assertSameDocuments(Map<String, Map<String, JsonNode>> clean) {
        assertThat(clean.get("changes")).hasSize(6);
        assertThat(clean.get("households")).hasSize(3);
        clean.forEach((kind, documents) -> assertThat(withoutSequence(es.documents(kind))).as(kind)
                .isEqualTo(withoutSequence(documents)));
        assertThat(es.documents("changes").values()).extracting(d -> d.get("sequence").asLong()).doesNotHaveDuplicates()
                .allMatch(n -> n > 0);
    }

    private static Map<String, JsonNode> withoutSequence(Map<String, JsonNode> documents) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        documents.forEach((id, d) -> {
            JsonNode copy = d.deepCopy();
            if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.remove("sequence");
            }
            out.put(id, copy);
        });
        return out;
    }

    // A household of three; the wife lived here on a residence permit before she moved her
    // registration in. Read in update-time order, the head is not first.
    private static SourceRecord liPermit() {
        return floating("JZ350203000456", LI, "李秀英", "2023-06-01 10:00:00");
    }

    private static SourceRecord li() {
        return person(LI, "李秀英", WANGS, "10", "2024-01-10 09:00:00");
    }

    private static SourceRecord wang() {
        return person(WANG, "王建国", WANGS, "02", "2024-01-10 09:00:01");
    }

    private static SourceRecord wangLei() {
        return person(WANG_LEI, "王磊", WANGS, "20", "2024-01-10 09:00:02");
    }

    private List<String> found(String text) {
        return stores.residentSearch().search(new ResidentQuery(text, null, 0, 20), SIMING).items().stream()
                .map(Resident::id).toList();
    }

    private List<String> quarantinedIds() {
        return stores.quarantineStore().list("police", org.civichub.store.Scope.EVERYWHERE, 0, 10).items().stream().map(QuarantineEntry::id).toList();
    }

    private Resident resident(String idNumber) {
        return stores.residentStore().resident(residentId(idNumber)).orElseThrow();
    }

    private Household household() {
        return stores.residentStore().household(Fragments.PSEUDONYMS.householdId(WANGS)).orElseThrow();
    }

    /** The resident the key of this ID number points at, as the resolver finds it. */
    private String residentId(String idNumber) {
        String key = Resolver.idKey(Fragments.PSEUDONYMS, IdNumber.parse(idNumber));
        return stores.resolverKeys().keys(List.of(key)).values().stream().findFirst()
                .map(k -> k.residentIds().get(0)).orElse("none: " + idNumber);
    }

    private List<String> residentIds(String... idNumbers) {
        return List.of(idNumbers).stream().map(this::residentId).toList();
    }
}
