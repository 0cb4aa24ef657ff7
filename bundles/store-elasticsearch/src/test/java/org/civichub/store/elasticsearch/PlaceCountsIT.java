package org.civichub.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civichub.model.Resident;
import org.civichub.store.Batch;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
import org.civichub.store.ResidentQuery;
import org.civichub.store.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grid's head counts and the residents of one place, on a real Elasticsearch. */
class PlaceCountsIT {

    private static final TestCluster CLUSTER = new TestCluster("places");
    private static final Scope SIMING = new Scope(Set.of("350203"));
    private static final String DATONG = "350203001001";

    private static final Resident LIN_YI = Residents.resident("林一", "35020319800101123", DATONG, "大同路123号5栋2单元301室");
    private static final Resident LIN_ER = Residents.resident("林二", "35020319900101123", DATONG, "思明区大同路１２３号5号楼2单元301室");
    private static final Resident LIN_SAN = Residents.resident("林三", "35020319850505456", DATONG, "大同路123号5栋1单元1202室");
    private static final Resident LIN_SI = Residents.resident("林四", "35020319700707789", "350203001002", "中山路88号");
    private static final Resident LIN_WU = Residents.resident("林五", "35021119800101789", "350211001001", "集美大道1号");

    private static ElasticsearchStores stores;

    @BeforeAll
    static void indexResidents() {
        stores = ElasticsearchStores.create(CLUSTER.settings());
        Batch batch = new Batch(List.of(), List.of(), List.of(LIN_YI, LIN_ER, LIN_SAN, LIN_SI, LIN_WU), List.of(), List.of());
        assertThat(stores.batchWriter().write(batch)).isEmpty();
    }

    @AfterAll
    static void stop() {
        stores.close();
        CLUSTER.deleteAll();
    }

    private static Map<String, Long> residents(Place place, PlaceLevel by, Scope scope) {
        Map<String, Long> out = new TreeMap<>();
        for (PlaceCount c : stores.residentSearch().placeCounts(place, by, scope)) {
            out.put(c.key(), c.residents());
        }
        return out;
    }

    @Test
    void aDistrictCountsResidentsAndHouseholdsByCommunityInScopeOnly() {
        List<PlaceCount> counts = stores.residentSearch().placeCounts(Place.of("350203"), PlaceLevel.DIVISION, SIMING);

        assertThat(residents(Place.of("350203"), PlaceLevel.DIVISION, SIMING))
                .containsExactlyInAnyOrderEntriesOf(Map.of(DATONG, 3L, "350203001002", 1L));
        assertThat(counts.stream().filter(c -> c.key().equals(DATONG)).findFirst().orElseThrow().households())
                .as("林一 and 林二 are of one household").isEqualTo(2);
        assertThat(residents(Place.of("350203"), PlaceLevel.DIVISION, new Scope(Set.of("350203001002"))))
                .containsOnlyKeys("350203001002");
        assertThat(residents(Place.of("35"), PlaceLevel.DIVISION, new Scope(Set.of()))).isEmpty();
    }

    @Test
    void aBuildingIsOneHoweverItsAddressIsWrittenAndGoesDownByUnitFloorAndRoom() {
        Place building = Place.of(DATONG).inBuildings(List.of("大同路123号5栋"));

        assertThat(residents(Place.of(DATONG), PlaceLevel.BUILDING, SIMING)).containsExactlyEntriesOf(Map.of("大同路123号5栋", 3L));
        assertThat(residents(Place.of("350203001002"), PlaceLevel.BUILDING, SIMING))
                .as("the text has no building; the record's field gives it").containsOnlyKeys("中山路88号3栋");
        assertThat(residents(building, PlaceLevel.UNIT, SIMING)).containsExactlyInAnyOrderEntriesOf(Map.of("1", 1L, "2", 2L));
        assertThat(residents(building, PlaceLevel.FLOOR, SIMING)).containsExactlyInAnyOrderEntriesOf(Map.of("3", 2L, "12", 1L));
        assertThat(residents(building.inUnit("2").onFloor("3"), PlaceLevel.ROOM, SIMING)).containsExactlyEntriesOf(Map.of("301", 2L));
        assertThat(residents(building.inUnit(Place.UNKNOWN), PlaceLevel.ROOM, SIMING)).isEmpty();
    }

    @Test
    void aGridScopeSeesTheResidentsOfItsBuildingsInEveryQuery() {
        Scope grid = new Scope(Set.of(), Set.of(Place.of(DATONG).inBuildings(List.of("大同路123号5栋"))));
        Scope nowhere = new Scope(Set.of(), Set.of(Place.of(DATONG).inBuildings(List.of("大同路9号1栋"))));

        List<String> names = stores.residentSearch().search(new ResidentQuery(null, null, 0, 20), grid).items().stream()
                .map(r -> r.name().value()).toList();

        assertThat(names).containsExactlyInAnyOrder("林一", "林二", "林三");
        assertThat(residents(Place.of("350203"), PlaceLevel.DIVISION, grid)).containsExactlyEntriesOf(Map.of(DATONG, 3L));
        assertThat(stores.residentSearch().search(new ResidentQuery("林四", null, 0, 20), grid).total()).isZero();
        assertThat(stores.residentSearch().search(new ResidentQuery(null, null, 0, 20), nowhere).total()).isZero();
        assertThat(stores.residentSearch().tagCounts(nowhere)).isEmpty();
    }

    @Test
    void theResidentsOfARoomAndAListWithoutTextComeByWhereTheyLive() {
        Place room = Place.of(DATONG).inBuildings(List.of("大同路123号5栋")).inUnit("2").onFloor("3").inRoom("301");

        List<String> inRoom = stores.residentSearch().search(new ResidentQuery(null, null, List.of(), List.of(), room, 0, 20),
                SIMING).items().stream().map(Resident::name).map(n -> n.value()).toList();
        List<String> byPlace = stores.residentSearch().search(new ResidentQuery(null, DATONG, 0, 20), SIMING)
                .items().stream().map(Resident::name).map(n -> n.value()).toList();

        assertThat(inRoom).containsExactlyInAnyOrder("林一", "林二");
        assertThat(byPlace).as("unit 1 before unit 2").startsWith("林三").hasSize(3);
    }
}
