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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.camel.CamelExecutionException;
import org.civichub.cluster.LeaseLostException;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.model.ChangeEvent;
import org.civichub.model.IdNumber;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.store.BatchWriter;
import org.civichub.store.ConnectorState;
import org.civichub.store.Lease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, "Nothing lost": whatever an attempt to store a page leaves unwritten, reading the page
 * again writes, so the outbox and the households end as after a run without faults.
 */
class NothingLostTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String WANG = idNumber("19650312", 31);
    private static final String LI = idNumber("19680705", 42);
    private static final String WANG_LEI = idNumber("19920118", 13);
    private static final String CHEN = idNumber("19900307", 24);
    private static final String WANGS = "H3502030060001";
    private static final String CHENS = "H3502030060004";

    /** A household of three, a neighbour, and a record with an unknown status code. */
    private static IntakeBatch firstPage() {
        return page(floating("JZ350203000456", LI, "李秀英", "2023-06-01 10:00:00"),
                person(LI, "李秀英", WANGS, "10", "2024-01-10 09:00:00"),
                person(WANG, "王建国", WANGS, "02", "2024-01-10 09:00:01"),
                person(WANG_LEI, "王磊", WANGS, "20", "2024-01-10 09:00:02"),
                person(CHEN, "陈美玲", CHENS, "02", "2024-01-10 09:00:03"),
                PoliceRecords.with(person(idNumber("19900215", 66), "黄丽华", "H3502030060003", "02",
                        "2024-01-10 09:00:04"), "RYZT", "7"));
    }

    /** The wife moves from the Wangs' household to the Chens', the son is renamed. */
    private static IntakeBatch secondPage() {
        return page(nextVersion(person(LI, "李秀英", WANGS, "10", "2024-01-10 09:00:00"), "2024-05-01 10:00:00",
                        "HH", CHENS),
                nextVersion(person(WANG_LEI, "王磊", WANGS, "20", "2024-01-10 09:00:02"), "2024-05-01 10:00:01",
                        "XM", "王雷"));
    }

    private static final List<Supplier<IntakeBatch>> PAGES = List.of(NothingLostTest::firstPage,
            NothingLostTest::secondPage);

    @Test
    void eventsAndHouseholdsTheStoreFailedOnceAreWrittenByTheReReadAndNoResidentBefore() throws Exception {
        MemoryStore store = new MemoryStore();
        FailOnceWriter writer = FailOnceWriter.eventsAndHouseholds(store);

        try (IntakeHub hub = new IntakeHub(writer, HubStores.of(store), CLOCK)) {
            for (Supplier<IntakeBatch> page : PAGES) {
                assertFailsWithoutWritingAResident(hub, store, page);
                hub.send(page.get());
            }
        }

        assertThat(writer.failed()).as("events and households failed once").isGreaterThan(5);
        assertSameAs(cleanRun(), store);
    }

    @ParameterizedTest
    @ValueSource(strings = {WANGS, CHENS})
    void aMemberWhoMovesEndsInTheRightHouseholdsWhenOnlyOneOfThemWasWritten(String failing) throws Exception {
        MemoryStore store = new MemoryStore();
        String failingId = Fragments.PSEUDONYMS.householdId(failing);
        AtomicBoolean secondPage = new AtomicBoolean();
        BatchWriter writer = new FailOnceWriter(store, (kind, id) -> secondPage.get() && id.equals(failingId));

        try (IntakeHub hub = new IntakeHub(writer, HubStores.of(store), CLOCK)) {
            hub.send(firstPage());
            secondPage.set(true);
            assertFailsWithoutWritingAResident(hub, store, NothingLostTest::secondPage);
            hub.send(secondPage());
        }

        assertSameAs(cleanRun(), store);
    }

    @ParameterizedTest
    @ValueSource(strings = {"change,household,quarantine", "change,household,quarantine,key", "resident", "quarantine,resident"})
    void aCrashWhileAPageIsStoredLosesNothing(String durable) throws Exception {
        MemoryStore store = new MemoryStore();
        CrashingWriter writer = new CrashingWriter(store, Set.of(durable.split(",")));

        try (IntakeHub hub = new IntakeHub(store, HubStores.of(store), CLOCK)) {
            hub.send(firstPage());
        }
        Optional<ConnectorState> acknowledged = store.get(CONNECTOR);
        try (IntakeHub hub = new IntakeHub(writer, HubStores.of(store), CLOCK)) {
            assertThatThrownBy(() -> hub.send(secondPage())).isInstanceOf(CamelExecutionException.class)
                    .hasCauseInstanceOf(CrashingWriter.Crash.class);
        }
        assertThat(store.get(CONNECTOR)).isEqualTo(acknowledged);
        try (IntakeHub restarted = new IntakeHub(store, HubStores.of(store), CLOCK)) {
            restarted.send(secondPage());
        }

        assertThat(writer.crashed()).isTrue();
        assertSameAs(cleanRun(), store);
    }

    /** A node that stalled past its leases while it stored a page (issue 13, ADR 0007's fencing). */
    @ParameterizedTest
    @ValueSource(strings = {"intake lock", "connector lease"})
    void aNodeThatLostALeaseWhileItStalledMovesNoWatermarkAndTheNodeHoldingItNowLosesNothing(String lost)
            throws Exception {
        MemoryStore store = new MemoryStore();
        try (IntakeHub hub = new IntakeHub(store, HubStores.of(store), CLOCK)) {
            hub.send(firstPage());
        }
        Optional<ConnectorState> acknowledged = store.get(CONNECTOR);
        AloneNode stalled = new AloneNode() {
            @Override
            public void confirmLock(Lease lock) {
                if (lost.equals("intake lock")) {
                    throw new LeaseLostException("lost the lock " + lock.name());
                }
            }

            @Override
            public void confirmHeld(String lease) {
                if (lost.equals("connector lease")) {
                    throw new LeaseLostException("lost the lease " + lease);
                }
            }
        };
        try (IntakeHub hub = new IntakeHub(Map.of(CONNECTOR, new PoliceMapper()), store, HubStores.of(store), CLOCK,
                stalled)) {
            assertThatThrownBy(() -> hub.send(secondPage())).isInstanceOf(CamelExecutionException.class)
                    .hasCauseInstanceOf(LeaseLostException.class).hasRootCauseMessage(
                            lost.equals("intake lock") ? "lost the lock intake" : "lost the lease connector/" + CONNECTOR);
        }
        assertThat(store.get(CONNECTOR)).as("the watermark did not move").isEqualTo(acknowledged);

        try (IntakeHub holder = new IntakeHub(store, HubStores.of(store), CLOCK)) {
            holder.send(secondPage());
        }
        assertSameAs(cleanRun(), store);
    }

    @Test
    void aChangeCausedByAnOlderRecordKeepsTheEventOfTheEarlierChange() throws Exception {
        MemoryStore store = new MemoryStore();
        SourceRecord li = person(LI, "李秀英", WANGS, "10", "2024-01-10 09:00:00");
        SourceRecord permit = floating("JZ350203000456", LI, "李秀英", "2023-06-01 10:00:00");

        try (IntakeHub hub = new IntakeHub(store, HubStores.of(store), CLOCK)) {
            hub.send(page(li));
            // Read again with an older record that still adds a residence permit, as a page re-read
            // across the watermark can be.
            hub.send(page(permit, li));
        }

        String resident = store.residentWithId(LI).orElseThrow().id();
        assertThat(store.changes().values()).filteredOn(c -> c.entityId().equals(resident))
                .extracting(ChangeEvent::kind, c -> c.cause().recordKey())
                .containsExactlyInAnyOrder(tuple("created", li.key().recordKey()),
                        tuple("updated", permit.key().recordKey()));
    }

    private static void assertFailsWithoutWritingAResident(IntakeHub hub, MemoryStore store,
                                                           Supplier<IntakeBatch> page) {
        Map<String, Resident> residents = store.residents();
        int residentWrites = store.residentWrites();
        Optional<ConnectorState> acknowledged = store.get(CONNECTOR);

        assertThatThrownBy(() -> hub.send(page.get())).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(BatchNotStoredException.class);

        assertThat(store.residentWrites()).as("resident documents written").isEqualTo(residentWrites);
        assertThat(store.residents()).isEqualTo(residents);
        assertThat(store.get(CONNECTOR)).isEqualTo(acknowledged);
    }

    private static MemoryStore cleanRun() throws Exception {
        MemoryStore clean = new MemoryStore();
        try (IntakeHub hub = new IntakeHub(clean, HubStores.of(clean), CLOCK)) {
            PAGES.forEach(page -> hub.send(page.get()));
        }
        return clean;
    }

    private static void assertSameAs(MemoryStore clean, MemoryStore store) {
        assertThat(clean.changes().values()).as("six on residents, one finding for the quarantined record")
                .extracting(ChangeEvent::entityType).containsOnly("resident", "record").hasSize(7)
                .filteredOn("record"::equals).hasSize(1);
        assertThat(store.changes()).as("the outbox").isEqualTo(clean.changes());
        assertThat(store.households()).as("the households").isEqualTo(clean.households()).hasSize(2);
        assertThat(store.residents()).as("the residents").isEqualTo(clean.residents());
        assertThat(store.quarantine().keySet()).as("the quarantine").isEqualTo(clean.quarantine().keySet());
        assertThat(store.get(CONNECTOR)).isEqualTo(clean.get(CONNECTOR));
    }
}
