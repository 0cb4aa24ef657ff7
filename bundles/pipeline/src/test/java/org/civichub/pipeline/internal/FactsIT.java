package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civichub.connector.api.IntakeBatch;
import org.civichub.connector.api.IntakeResult;
import org.civichub.connector.civil.internal.CivilMapper;
import org.civichub.connector.health.internal.HealthMapper;
import org.civichub.connector.kit.SourceDates;
import org.civichub.connector.police.internal.PoliceMapper;
import org.civichub.model.Claim;
import org.civichub.model.IdNumber;
import org.civichub.model.PersonStatus;
import org.civichub.model.Resident;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.store.Link;
import org.civichub.store.RecordCounts;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.civichub.store.elasticsearch.ElasticsearchStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Facts from several departments through the intake on the real store, with the real civil-affairs
 * and health mappers: tags follow their records' status changes, newborns without an ID number are
 * kept unlinked while their parents gain the birth, and every record is accounted for.
 */
class FactsIT {

    private static final Scope SIMING = new Scope(Set.of("350203"));
    private static final String CIVIL = "civil-test";
    private static final String HEALTH = "health-test";
    private static final String MOTHER = PoliceRecords.idNumber("19900307", 24);
    private static final String FATHER = PoliceRecords.idNumber("19880511", 13);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final TestIndices es = new TestIndices();
    private ElasticsearchStores stores;
    private IntakeHub hub;

    @BeforeEach
    void start() throws Exception {
        stores = ElasticsearchStores.create(es.settings());
        hub = new IntakeHub(Map.of(PoliceRecords.CONNECTOR, new PoliceMapper(), CIVIL, new CivilMapper(),
                HEALTH, new HealthMapper()), stores.batchWriter(), HubStores.of(stores), CLOCK);
        hub.send(PoliceRecords.page(
                PoliceRecords.person(MOTHER, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:00"),
                PoliceRecords.person(FATHER, "林志强", "H3502030060004", "10", "2024-01-10 09:00:01")));
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
        stores.close();
        es.deleteAll();
    }

    @Test
    void anAllowanceThatStopsLeavesTheSearchByItsTagAndSaysWhen() {
        IntakeResult granted = hub.send(civil(assistance("DB2024000001", MOTHER, "在保", "", "2024-02-01T10:00:00+08:00")));

        assertThat(granted).isEqualTo(new IntakeResult(1, 0, 0));
        assertThat(tagged("subsistence")).containsExactly(residentId(MOTHER));
        assertThat(tag(MOTHER, TagKind.SUBSISTENCE)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TagStatus.ACTIVE);
            assertThat(t.grade()).isEqualTo("1540.00");
            assertThat(t.from()).isEqualTo(LocalDate.of(2024, 1, 10));
        });

        hub.send(civil(assistance("DB2024000001", MOTHER, "停保", "2024-03-04", "2024-03-04T16:00:00+08:00")));

        assertThat(tagged("subsistence")).isEmpty();
        assertThat(tag(MOTHER, TagKind.SUBSISTENCE)).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TagStatus.ENDED);
            assertThat(t.to()).isEqualTo(LocalDate.of(2024, 3, 4));
        });
        assertThat(resident(MOTHER).tags()).hasSize(1);
        assertThat(resident(MOTHER).name().value()).as("the register's name stays").isEqualTo("陈美玲");
    }

    @Test
    void aDeathAndADisabilityReachTheResidentAndCombineInTheSearch() {
        hub.send(civil(
                record("disability", "certificateNo", "35020319900307002444", Map.of("idCard", MOTHER, "name", "陈美玲",
                        "disabilityType", "肢体", "level", "2", "updatedAt", "2024-02-01T10:00:00+08:00")),
                record("death", "cremationNo", "BZ2024000001", Map.of("idCard", MOTHER, "name", "陈美玲",
                        "dateOfDeath", "2024-05-01", "updatedAt", "2024-05-03T10:00:00+08:00"))));

        assertThat(tagged("disability:肢体", "deceased")).containsExactly(residentId(MOTHER));
        assertThat(tagged("disability:视力")).isEmpty();
        assertThat(tag(MOTHER, TagKind.DECEASED).from()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(stores.residentSearch().tagCounts(SIMING))
                .containsEntry("deceased", 1L).containsEntry("disability", 1L).containsEntry("disability:肢体", 1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeathCivilAffairsRecordedReachesEveryEntitledDepartmentsFeedWithOnlyItsFields() {
        hub.send(civil(record("death", "cremationNo", "BZ2024000001", Map.of("idCard", MOTHER, "name", "陈美玲",
                "dateOfDeath", "2024-05-01", "updatedAt", "2024-05-03T10:00:00+08:00"))));
        org.civichub.feeds.Feeds feeds = new org.civichub.feeds.internal.FeedService(stores.outbox(),
                stores.residentStore(), org.civichub.feeds.Entitlements.defaults());

        for (String department : List.of("police", "health", "labour")) {
            List<org.civichub.feeds.FeedEvent> deaths = feeds.read(department, null, 100, r -> true).items().stream()
                    .filter(e -> ((List<?>) e.data().get("kinds")).contains("death")).toList();
            List<String> entitled = feeds.entitlements().of(department).orElseThrow().fields();
            assertThat(deaths).as(department).singleElement().satisfies(e -> {
                assertThat(e.subject()).isEqualTo(residentId(MOTHER));
                Map<?, ?> resident = (Map<?, ?>) e.data().get("resident");
                assertThat(resident.get("idNumber")).isEqualTo(MOTHER);
                assertThat(resident.get("status")).isEqualTo("1");
                assertThat(resident.keySet()).allMatch(entitled::contains);
            });
        }
        Map<String, ?> labour = (Map<String, ?>) feeds.read("labour", null, 100, r -> true).items().stream()
                .filter(e -> ((List<?>) e.data().get("kinds")).contains("death")).findFirst().orElseThrow()
                .data().get("resident");
        assertThat(labour.keySet()).as("no birth date, address or household for labour")
                .containsExactlyInAnyOrder("idNumber", "name", "status");
    }

    @Test
    void aDeathPoliceNeverRecordedIsTheStatusAndAConflictToFindAndCount() {
        hub.send(civil(record("death", "cremationNo", "BZ2024000001", Map.of("idCard", MOTHER, "name", "陈美玲",
                "dateOfDeath", "2024-05-01", "updatedAt", "2024-05-03T10:00:00+08:00"))));

        Resident mother = resident(MOTHER);
        assertThat(mother.status().value()).isEqualTo(PersonStatus.DECEASED);
        assertThat(mother.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.terms()).containsExactly("status:civil/police");
            assertThat(c.claims()).extracting(Claim::value).containsExactly("1", "0");
            assertThat(c.claims().get(0).source().recordKey()).isEqualTo("civil/death/BZ2024000001");
        });
        assertThat(inConflict("status:civil/police")).containsExactly(residentId(MOTHER));
        assertThat(inConflict(ResidentQuery.ANY_CONFLICT)).containsExactly(residentId(MOTHER));
        assertThat(inConflict("status:labour/police")).isEmpty();
        assertThat(stores.residentSearch().conflictCounts(SIMING))
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("status", 1L, "status:civil/police", 1L)));
        assertThat(stores.residentSearch().conflictCounts(new Scope(Set.of("110105")))).isEmpty();
    }

    @Test
    void aNewbornWithoutAnIdFoundsAResidentInTheMothersHouseholdWhileItsParentsGainTheBirth() {
        SourceRecord birth = health(Map.of("出生医学证明编号", "X350000001", "新生儿姓名", "陈诺瑞", "性别", "男",
                "出生日期", "20240418", "母亲姓名", "陈美玲", "母亲身份证号", MOTHER, "父亲姓名", "林志强",
                "父亲身份证号", FATHER, "居住地址", "厦门市思明区龙头路164号4号楼2单元602室", "登记日期", "2024/4/23"));

        IntakeResult result = hub.send(new IntakeBatch(HEALTH, List.of(birth), null));

        assertThat(result).isEqualTo(new IntakeResult(1, 0, 0));
        assertThat(tag(MOTHER, TagKind.PARENT)).satisfies(t -> {
            assertThat(t.detail()).isEqualTo("母亲");
            assertThat(t.from()).isEqualTo(LocalDate.of(2024, 4, 18));
        });
        assertThat(tag(FATHER, TagKind.PARENT).detail()).isEqualTo("父亲");
        assertThat(resident(MOTHER).sources()).extracting(p -> p.recordKey()).contains("health/births/X350000001");
        assertThat(stores.linkStore().after(null, 100)).filteredOn(l -> l.recordKey().equals("health/births/X350000001"))
                .singleElement().satisfies(l -> {
                    assertThat(l.state()).isEqualTo(Link.State.LINKED);
                    assertThat(l.connectorId()).isEqualTo(HEALTH);
                    Resident newborn = stores.residentStore().resident(l.residentId()).orElseThrow();
                    assertThat(newborn.idNumber()).isNull();
                    assertThat(newborn.name().value()).isEqualTo("陈诺瑞");
                    assertThat(newborn.tags()).extracting(t -> t.value().kind()).containsExactly(TagKind.NEWBORN);
                    assertThat(newborn.id()).isNotIn(residentId(MOTHER), residentId(FATHER));
                    assertThat(newborn.householdNo().value()).isEqualTo(resident(MOTHER).householdNo().value());
                    assertThat(newborn.householdNo().source().recordKey()).isEqualTo("health/births/X350000001");
                    assertThat(newborn.relationToHead().value()).as("a son").isEqualTo("20");
                    String household = Fragments.PSEUDONYMS.householdId(resident(MOTHER).householdNo().value());
                    assertThat(stores.residentStore().households(List.of(household)).get(household).members())
                            .extracting(m -> m.residentId()).contains(newborn.id(), residentId(MOTHER));
                });
        assertThat(stores.connectorStateStore().counts(HEALTH))
                .containsExactly(new RecordCounts("births", 1, 1, 0, 0, 0));
    }

    @Test
    void aRecordThatBreaksItsContractIsQuarantinedAndTheOthersFlow() {
        SourceRecord wrongType = assistance("XX2024000009", MOTHER, "在保", "", "2024-02-01T10:00:00+08:00");
        Map<String, String> broken = new LinkedHashMap<>(wrongType.payload());
        broken.put("assistanceType", "富裕");
        SourceRecord bad = record("assistance", "caseNo", "XX2024000009", broken);
        Map<String, String> fathers = new LinkedHashMap<>(assistance("DB2024000002",
                PoliceRecords.withWrongCheckCharacter(FATHER), "在保", "", "2024-02-01T10:00:01+08:00").payload());
        fathers.put("name", "林志强");
        SourceRecord typo = record("assistance", "caseNo", "DB2024000002", fathers);

        IntakeResult result = hub.send(civil(bad, typo));

        assertThat(result).as("the typo is linked by the rest of its evidence").isEqualTo(new IntakeResult(1, 0, 1));
        assertThat(stores.linkStore().get(List.of(Resolver.position(Fragments.PSEUDONYMS, typo))).values()).singleElement().satisfies(l -> {
                    assertThat(l.residentId()).isEqualTo(residentId(FATHER));
                    assertThat(l.findings()).containsExactly("idNumber:id.checkCharacter");
                });
        assertThat(stores.quarantineStore().get(bad.id())).hasValueSatisfying(q -> assertThat(q.violations())
                .extracting(v -> v.field() + " " + v.rule()).containsExactly("assistanceType code.assistanceType"));
        assertThat(stores.connectorStateStore().counts(CIVIL))
                .containsExactly(new RecordCounts("assistance", 2, 1, 0, 1, 0));
    }

    private static IntakeBatch civil(SourceRecord... records) {
        return new IntakeBatch(CIVIL, List.of(records), null);
    }

    private static SourceRecord assistance(String caseNo, String idCard, String status, String endDate,
                                           String updatedAt) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("caseNo", caseNo);
        f.put("idCard", idCard);
        f.put("name", "陈美玲");
        f.put("assistanceType", "低保");
        f.put("status", status);
        f.put("startDate", "2024-01-10");
        f.put("endDate", endDate);
        f.put("monthlyAmount", "1540.00");
        f.put("householdSize", "2");
        f.put("address", "厦门市思明区浦南一路78号18号楼3单元1702室");
        f.put("updatedAt", updatedAt);
        return record("assistance", "caseNo", caseNo, f);
    }

    private static SourceRecord record(String type, String keyField, String key, Map<String, String> fields) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.putIfAbsent(keyField, key);
        String version = f.get("updatedAt");
        return new SourceRecord(new SourceKey("civil", type, key), version, SourceDates.time(version).orElseThrow(),
                CLOCK.instant(), f);
    }

    private static SourceRecord health(Map<String, String> fields) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("_file", "births_20240501000000.csv");
        f.put("_row", "2");
        String version = f.get("登记日期");
        return new SourceRecord(new SourceKey("health", "births", f.get("出生医学证明编号")), version,
                SourceDates.time(version).orElseThrow(), CLOCK.instant(), f);
    }

    private List<String> tagged(String... tags) {
        return stores.residentSearch().search(new ResidentQuery(null, null, List.of(tags), 0, 20), SIMING).items()
                .stream().map(Resident::id).toList();
    }

    @Test
    void aWorkersDecisionResolvesAConflictAcrossReSyncsUntilADepartmentStatesOtherwiseAfterIt() {
        Map<String, String> death = Map.of("idCard", MOTHER, "name", "陈美玲", "dateOfDeath", "2024-05-01",
                "updatedAt", "2024-05-03T10:00:00+08:00");
        hub.send(civil(record("death", "cremationNo", "BZ2024000001", death)));

        String decision = hub.decisions(CLOCK, stores.rawRecords()).resolveConflict(residentId(MOTHER), "status", "0",
                "本人到社区核实仍健在，火化记录系误录", "wang");

        assertThat(decision).startsWith("hub/decision/");
        assertThat(resident(MOTHER).status().value()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(resident(MOTHER).status().source().recordKey()).isEqualTo(decision);
        assertThat(resident(MOTHER).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.isOpen()).isFalse();
            assertThat(c.resolution().value()).isEqualTo("0");
            assertThat(c.claims()).extracting(Claim::department).containsExactly("civil", "police");
            assertThat(hub.decisions(CLOCK, stores.rawRecords()).note(c.resolution().source())).as("who and why")
                    .contains(new org.civichub.pipeline.Decisions.Note("wang", "本人到社区核实仍健在，火化记录系误录"));
        });
        assertThat(inConflict("status:civil/police")).isEmpty();

        hub.send(PoliceRecords.page(PoliceRecords.person(MOTHER, "陈美玲", "H3502030060004", "02", "2024-01-10 09:00:00")));
        hub.send(civil(record("death", "cremationNo", "BZ2024000001", death)));
        assertThat(resident(MOTHER).conflicts()).as("re-synced").singleElement()
                .satisfies(c -> assertThat(c.isOpen()).isFalse());

        Map<String, String> later = new LinkedHashMap<>(death);
        later.put("updatedAt", "2024-07-01T10:00:00+08:00");
        hub.send(civil(record("death", "cremationNo", "BZ2024000001", later)));
        assertThat(resident(MOTHER).conflicts()).as("civil affairs says it again after the decision")
                .singleElement().satisfies(c -> assertThat(c.isOpen()).isTrue());
        assertThat(inConflict("status:civil/police")).containsExactly(residentId(MOTHER));
    }

    @Test
    void aDecisionThatBreaksARuleOrNamesNoResidentIsRefusedWithTheReason() {
        DecisionIntake decisions = hub.decisions(CLOCK, stores.rawRecords());

        assertThatThrownBy(() -> decisions.resolveConflict(residentId(MOTHER), "status", "9", " ", "wang"))
                .isInstanceOf(org.civichub.pipeline.DecisionRefusedException.class)
                .hasMessageContaining("value (value.status)").hasMessageContaining("reason (reason.required)");
        assertThatThrownBy(() -> decisions.resolveConflict("rnobody", "status", "0", "核实", "wang"))
                .isInstanceOf(org.civichub.pipeline.DecisionRefusedException.class)
                .hasMessageContaining("no resident with this id");
        assertThat(stores.connectorStateStore().counts(DecisionMapper.CONNECTOR)).as("only the second reached the intake")
                .containsExactly(new RecordCounts("decision", 1, 0, 1, 0, 0));
    }

    @Test
    void aRecordInReviewThatAnOperatorAcceptsJoinsTheResidentAndKeepsTheDecisionInTheStore() {
        SourceRecord first = health(Map.of("出生医学证明编号", "X350000011", "新生儿姓名", "林锦轩", "性别", "男",
                "出生日期", "20240418", "母亲姓名", "陈美玲", "居住地址", "厦门市思明区莲薇路292号17号楼3单元702室",
                "登记日期", "2024/4/23"));
        SourceRecord second = health(Map.of("出生医学证明编号", "X350000012", "新生儿姓名", "林锦轩", "性别", "男",
                "出生日期", "20240418", "母亲姓名", "陈美玲", "居住地址", "厦门市思明区天湖路297号4号楼3单元1102室",
                "登记日期", "2024/4/24"));
        hub.send(new IntakeBatch(HEALTH, List.of(first), null));
        hub.send(new IntakeBatch(HEALTH, List.of(second), null));
        Link waiting = stores.linkStore().inState(Link.State.REVIEW, "health", null, 10).get(0);
        String founded = waiting.candidates().get(0).residentId();

        String state = hub.decisions(CLOCK, stores.rawRecords()).decideReview(waiting.position(), founded,
                "同一新生儿，两次登记", "ops");

        assertThat(state).isEqualTo("linked");
        Link decided = stores.linkStore().get(List.of(waiting.position())).get(waiting.position());
        assertThat(decided.residentId()).isEqualTo(founded);
        assertThat(decided.decision()).isEqualTo(new Link.Decision(founded, "ops", CLOCK.instant(), "同一新生儿，两次登记"));
        assertThat(stores.residentStore().resident(founded).orElseThrow().sources()).extracting(p -> p.recordKey())
                .containsExactly("health/births/X350000011", "health/births/X350000012");
        hub.send(new IntakeBatch(HEALTH, List.of(second), null));
        assertThat(stores.linkStore().get(List.of(waiting.position())).get(waiting.position())).isEqualTo(decided);
    }

    @Test
    void aMergedResidentIsFoundNoMoreLivesOnAsTheOtherInTheStoreAndAnUnmergeBringsItBack() {
        String twiceId = PoliceRecords.idNumber("19900307", 26);
        SourceRecord twice = PoliceRecords.person(twiceId, "陈美玲", "H3502030069999", "01", "2024-01-11 09:00:00");
        hub.send(PoliceRecords.page(twice));
        String mother = residentId(MOTHER);
        String duplicate = residentId(twiceId);
        assertThat(named("陈美玲")).containsExactlyInAnyOrder(mother, duplicate);
        DecisionIntake decisions = hub.decisions(CLOCK, stores.rawRecords());

        decisions.merge(duplicate, mother, "同一人两处户籍", "ops");

        assertThat(named("陈美玲")).containsExactly(mother);
        Resident merged = stores.residentStore().resident(duplicate).orElseThrow();
        assertThat(merged.merged()).isEqualTo(new Resident.Merged(mother, "ops", CLOCK.instant(), "同一人两处户籍"));
        String position = Resolver.position(Fragments.PSEUDONYMS, twice);
        Link moved = stores.linkStore().get(List.of(position)).get(position);
        assertThat(moved.residentId()).isEqualTo(mother);
        assertThat(moved.decision().mergedFrom()).isEqualTo(duplicate);
        assertThat(stores.residentStore().resident(mother).orElseThrow().sources()).extracting(p -> p.recordKey())
                .contains(twice.key().recordKey());
        assertThat(stores.residentStore().household(Fragments.PSEUDONYMS.householdId("H3502030069999")).orElseThrow()
                .members()).as("the register's newer entry is the survivor's household now").extracting(m -> m.residentId())
                .containsExactly(mother);

        decisions.unmerge(duplicate, "核实为两人", "lead");

        assertThat(named("陈美玲")).containsExactlyInAnyOrder(mother, duplicate);
        assertThat(stores.residentStore().resident(mother).orElseThrow().sources()).extracting(p -> p.recordKey())
                .doesNotContain(twice.key().recordKey());
        assertThat(stores.linkStore().get(List.of(position)).get(position).residentId()).isEqualTo(duplicate);
        assertThat(stores.residentStore().household(Fragments.PSEUDONYMS.householdId("H3502030069999")).orElseThrow()
                .members()).extracting(m -> m.residentId()).containsExactly(duplicate);
        assertThat(stores.residentStore().household(Fragments.PSEUDONYMS.householdId("H3502030060004")).orElseThrow()
                .members()).extracting(m -> m.residentId()).containsExactlyInAnyOrder(mother, residentId(FATHER));
    }

    private List<String> named(String name) {
        return stores.residentSearch().search(new ResidentQuery(name, null, List.of(), 0, 20), SIMING)
                .items().stream().map(Resident::id).toList();
    }

    private List<String> inConflict(String term) {
        return stores.residentSearch().search(new ResidentQuery(null, null, List.of(), List.of(term), 0, 20), SIMING)
                .items().stream().map(Resident::id).toList();
    }

    private Resident resident(String idNumber) {
        return stores.residentStore().resident(residentId(idNumber)).orElseThrow();
    }

    private Tag tag(String idNumber, TagKind kind) {
        return resident(idNumber).tags().stream().map(Sourced::value).filter(t -> t.kind() == kind)
                .findFirst().orElseThrow();
    }

    /** The resident the key of this ID number points at, as the resolver finds it. */
    private String residentId(String idNumber) {
        String key = Resolver.idKey(Fragments.PSEUDONYMS, IdNumber.parse(idNumber));
        return stores.resolverKeys().keys(List.of(key)).values().stream().findFirst()
                .map(k -> k.residentIds().get(0)).orElse("none: " + idNumber);
    }
}
