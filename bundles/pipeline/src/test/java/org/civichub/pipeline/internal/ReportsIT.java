package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.Feeds;
import org.civichub.feeds.internal.FeedService;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.SourceRecord;
import org.civichub.model.Sourced;
import org.civichub.model.TagKind;
import org.civichub.model.Violation;
import org.civichub.pipeline.ReportRefusedException;
import org.civichub.store.Outbox;
import org.civichub.store.elasticsearch.ElasticsearchStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports a community worker files once, through the intake on the real store: they change the
 * residents they name, are kept as received, and their changes are in the feed of every department
 * entitled to them, with only its fields.
 */
class ReportsIT {

    private static final String MOTHER = PoliceRecords.idNumber("19900307", 24);
    private static final String FATHER = PoliceRecords.idNumber("19880511", 13);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final TestIndices es = new TestIndices();
    private ElasticsearchStores stores;
    private IntakeHub hub;
    private ReportIntake reports;
    private Feeds feeds;

    @BeforeEach
    void start() throws Exception {
        stores = ElasticsearchStores.create(es.settings());
        hub = new IntakeHub(Map.of(PoliceRecords.CONNECTOR, new PoliceMapper()), stores.batchWriter(),
                HubStores.of(stores), CLOCK);
        hub.send(PoliceRecords.page(
                PoliceRecords.person(MOTHER, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:00"),
                PoliceRecords.person(FATHER, "林志强", "H3502030060004", "10", "2024-01-10 09:00:01")));
        reports = new ReportIntake(hub.camel().createProducerTemplate(), stores.rawRecords(), CLOCK);
        feeds = new FeedService(stores.outbox(), stores.residentStore(), Entitlements.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
        stores.close();
        es.deleteAll();
    }

    @Test
    void aDeathAWorkerReportsIsTheStatusAndReachesEveryEntitledDepartmentWithOnlyItsFields() {
        SourceRecord report = reports.file(Map.of("kind", "death", "residentId", residentId(MOTHER),
                "date", "2024-05-30", "division", "350203006004"), "wang");

        Resident mother = resident(MOTHER);
        assertThat(mother.status().value()).as("the community before police").isEqualTo(PersonStatus.DECEASED);
        assertThat(mother.status().source().department()).isEqualTo("community");
        assertThat(reports.get(report.key().sourceId())).contains(report);
        List<Outbox.Entry> caused = stores.outbox().causedBy(report.key().recordKey(), 10);
        assertThat(caused).extracting(e -> e.event().entityId()).containsExactly(mother.id());
        assertThat(feeds.recipients(caused.get(0), mother)).containsExactly("civil", "health", "labour", "police");
        for (String department : List.of("police", "health", "labour", "civil")) {
            List<String> entitled = feeds.entitlements().of(department).orElseThrow().fields();
            assertThat(deaths(department)).as(department).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(caused.get(0).event().id());
                Map<?, ?> resident = (Map<?, ?>) e.data().get("resident");
                assertThat(resident.get("status")).isEqualTo("1");
                assertThat(resident.keySet()).allMatch(entitled::contains);
            });
        }
    }

    @Test
    void aBirthFoundsTheNewbornWithTheParentsItNamesAndReachesHealthAndPolice() {
        SourceRecord report = reports.file(Map.of("kind", "birth", "name", "陈小宝", "sex", "男",
                "birthDate", "2024-05-20", "mother", residentId(MOTHER), "father", residentId(FATHER),
                "division", "350203006004", "address", "龙头路164号4号楼2单元602室"), "wang");

        List<Outbox.Entry> caused = stores.outbox().causedBy(report.key().recordKey(), 10);
        String newborn = caused.stream().map(e -> e.event().entityId())
                .filter(id -> !id.equals(residentId(MOTHER)) && !id.equals(residentId(FATHER)))
                .findFirst().orElseThrow();
        Resident baby = stores.residentStore().resident(newborn).orElseThrow();
        assertThat(baby.name().value()).isEqualTo("陈小宝");
        assertThat(baby.tags()).extracting(t -> t.value().kind()).containsExactly(TagKind.NEWBORN);
        assertThat(resident(MOTHER).tags()).extracting(Sourced::value)
                .anySatisfy(t -> assertThat(t.detail()).isEqualTo("母亲"));
        for (String department : List.of("health", "police")) {
            List<FeedEvent> items = feeds.read(department, null, 100, r -> true).items();
            assertThat(items).as(department)
                    .anySatisfy(e -> {
                        assertThat(e.subject()).isEqualTo(newborn);
                        assertThat(e.data().get("kinds").toString()).contains("birth");
                    });
        }
    }

    @Test
    void aReportNamingNoResidentOrBreakingARuleIsRefusedWithEveryReason() {
        assertThatThrownBy(() -> reports.file(Map.of("kind", "death", "residentId", "rnobody", "date", "2024-05-30",
                "division", "350203006004"), "wang"))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("residentId", "resident.known")));

        assertThatThrownBy(() -> reports.file(Map.of("kind", "marriage", "residentId", residentId(MOTHER),
                "date", "2099-01-01", "maritalStatus", "同居", "division", "350203006004"), "wang"))
                .isInstanceOfSatisfying(ReportRefusedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactlyInAnyOrder("date.notFuture", "marital.oneOf"));
        assertThat(resident(MOTHER).tags()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongCheckCharacterGoesBackToThePoliceOnlyAsAFindingAboutItsRecord() {
        String written = PoliceRecords.idNumber("19750101", 31);
        String wrong = written.substring(0, 17) + (written.charAt(17) == '1' ? '2' : '1');
        hub.send(PoliceRecords.page(PoliceRecords.person(wrong, "郑国华", "H3502030060009", "02", "2024-02-01 09:00:00")));

        List<FeedEvent> findings = feeds.read("police", null, 100, r -> true).items().stream()
                .filter(e -> e.type().equals("org.civichub.record.finding")).toList();
        assertThat(findings).singleElement().satisfies(e -> {
            assertThat((Map<String, Object>) e.data().get("record")).containsEntry("type", "person")
                    .containsEntry("key", wrong);
            assertThat(e.data().get("findings")).isEqualTo(List.of(Map.of("field", "idNumber",
                    "rule", "id.checkCharacter")));
        });
        for (String department : List.of("health", "civil", "labour")) {
            assertThat(feeds.read(department, null, 100, r -> true).items()).as(department)
                    .noneMatch(e -> e.type().equals("org.civichub.record.finding"));
        }
    }

    private List<FeedEvent> deaths(String department) {
        return feeds.read(department, null, 100, r -> true).items().stream()
                .filter(e -> ((List<?>) e.data().get("kinds")).contains("death")).toList();
    }

    private Resident resident(String idNumber) {
        return stores.residentStore().resident(residentId(idNumber)).orElseThrow();
    }

    private String residentId(String idNumber) {
        String key = Resolver.idKey(Fragments.PSEUDONYMS, IdNumber.parse(idNumber));
        return stores.resolverKeys().keys(List.of(key)).values().stream().findFirst()
                .map(k -> k.residentIds().get(0)).orElse("none: " + idNumber);
    }
}
