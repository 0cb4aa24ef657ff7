package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridResourceTest {

    @TempDir
    Path dir;

    private TestApi api;

    @BeforeEach
    void start() throws Exception {
        Path grids = dir.resolve("civichub-grids.csv");
        Files.writeString(grids, String.join("\n", "code,name,buildings", "350203,思明区,", "350203006,鹭江街道,",
                "350203006004,大同社区,", "350203006004-1,第一网格,大同路1-120号", "350203006004-2,第二网格,大同路121-299号",
                "350203006004-3,第三网格,大同街"), StandardCharsets.UTF_8);
        api = new TestApi(List.of(), grids);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static PlaceCount count(String key, long residents, long households, Map<String, Long> tags) {
        return new PlaceCount(key, residents, households, tags);
    }

    private static List<String> labels(JsonNode nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.get("label").asText() + "=" + n.get("residents").asLong()));
        return out;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aDistrictCountsItsStreetsWithHouseholdsAndTags() {
        api.residents.placeCounts.put(PlaceLevel.DIVISION, List.of(
                count("350203006004", 3, 2, Map.of("subsistence", 1L)), count("350203006005", 2, 1, Map.of("subsistence", 2L)),
                count("350203007001", 4, 3, Map.of()), count("350203", 1, 1, Map.of("floating", 1L))));

        JsonNode v = api.get("/grid", "li").json();

        assertThat(v.get("node").get("level").asText()).isEqualTo("district");
        assertThat(v.get("node").get("label").asText()).isEqualTo("思明区");
        assertThat(v.get("node").get("residents").asLong()).isEqualTo(10);
        assertThat(v.get("node").get("tags").get("subsistence").asLong()).isEqualTo(3);
        assertThat(labels(v.get("children"))).containsExactly("鹭江街道=5", "350203007=4", "街道不详=1");
        assertThat(v.get("children").get(0).get("households").asLong()).isEqualTo(3);
        assertThat(v.get("children").get(0).get("at").get("division").asText()).isEqualTo("350203006");
        assertThat(v.get("children").get(2).get("at").isNull()).isTrue();
        assertThat(v.get("path")).isEmpty();
        assertThat(api.residents.placesCounted).containsExactly(Place.of("350203"));
        assertThat(api.audit.last().action()).isEqualTo("grid.read");
    }

    @Test
    void aCommunityWithGridsCountsEachGridAndTheBuildingsNoGridTakes() {
        api.residents.placeCounts.put(PlaceLevel.BUILDING, List.of(count("大同路7号3栋", 2, 1, Map.of()),
                count("大同路130号", 1, 1, Map.of("elderly-alone", 1L)), count("鹭江路9号", 1, 1, Map.of()),
                count(Place.UNKNOWN, 1, 1, Map.of())));

        JsonNode v = api.get("/grid?division=350203006004", "wang").json();

        assertThat(v.get("node").get("label").asText()).isEqualTo("大同社区");
        assertThat(labels(v.get("children"))).containsExactly("第一网格=2", "第二网格=1", "第三网格=0", "未划入网格=2");
        assertThat(v.get("children").get(1).get("tags").get("elderly-alone").asLong()).isEqualTo(1);
        assertThat(v.get("path")).extracting(s -> s.get("label").asText()).containsExactly("鹭江街道");

        JsonNode unassigned = api.get("/grid?grid=" + q("350203006004-?"), "wang").json();
        assertThat(labels(unassigned.get("children"))).containsExactly("鹭江路9号=1", "楼栋不详=1");
        assertThat(unassigned.get("children").get(1).get("at").isNull()).isTrue();

        JsonNode first = api.get("/grid?grid=350203006004-1", "wang").json();
        assertThat(first.get("node").get("level").asText()).isEqualTo("grid");
        assertThat(labels(first.get("children"))).containsExactly("大同路7号3栋=2");
        assertThat(first.get("children").get(0).get("at").get("building").asText()).isEqualTo("大同路7号3栋");
        assertThat(first.get("path")).extracting(s -> s.get("label").asText()).containsExactly("鹭江街道", "大同社区");
    }

    @Test
    void aCommunityWithoutGridsGoesStraightToItsBuildingsInNaturalOrder() {
        api.residents.placeCounts.put(PlaceLevel.BUILDING, List.of(count("湖滨路10号2栋", 1, 1, Map.of()),
                count("湖滨路9号12栋", 1, 1, Map.of()), count("湖滨路9号2栋", 1, 1, Map.of())));

        JsonNode v = api.get("/grid?division=350203006005", "wang").json();

        assertThat(labels(v.get("children"))).containsExactly("湖滨路9号2栋=1", "湖滨路9号12栋=1", "湖滨路10号2栋=1");
        assertThat(v.get("children").get(0).get("level").asText()).isEqualTo("building");
    }

    @Test
    void aBuildingGoesDownByUnitFloorAndRoomToTheResidentsOfARoom() {
        api.residents.placeCounts.put(PlaceLevel.UNIT, List.of(count("2", 3, 2, Map.of()), count("10", 1, 1, Map.of()),
                count(Place.UNKNOWN, 1, 1, Map.of())));
        api.residents.placeCounts.put(PlaceLevel.ROOM, List.of(count("301", 1, 1, Map.of("subsistence", 1L))));

        JsonNode building = api.get("/grid?grid=350203006004-1&building=" + q("大同路7号3栋"), "wang").json();
        assertThat(labels(building.get("children"))).containsExactly("2单元=3", "10单元=1", "单元不详=1");
        assertThat(building.get("path")).extracting(s -> s.get("label").asText())
                .containsExactly("鹭江街道", "大同社区", "第一网格");

        JsonNode room = api.get("/grid?grid=350203006004-1&building=" + q("大同路7号3栋") + "&unit=2&floor=3&room=301",
                "wang").json();
        assertThat(room.get("node").get("label").asText()).isEqualTo("301室");
        assertThat(room.get("node").get("residents").asLong()).isEqualTo(1);
        assertThat(room.get("path")).extracting(s -> s.get("label").asText())
                .containsExactly("鹭江街道", "大同社区", "第一网格", "大同路7号3栋", "2单元", "3层");
        assertThat(room.get("residents")).extracting(r -> r.get("name").asText()).containsExactly("张三");
        assertThat(room.get("residents").get(0).get("idNumber").asText()).contains("****");
        assertThat(api.audit.last().action()).isEqualTo("grid.read");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
        assertThat(api.residents.searches.get(api.residents.searches.size() - 1).query().place())
                .isEqualTo(new Place("350203006004", List.of("大同路7号3栋"), "2", "3", "301"));
    }

    @Test
    void aSearchNarrowedToAGridAsksForTheGridsBuildingsOnly() {
        api.residents.placeCounts.put(PlaceLevel.BUILDING, List.of(count("大同路7号3栋", 2, 1, Map.of()),
                count("大同路130号", 1, 1, Map.of())));

        JsonNode found = api.get("/residents?grid=350203006004-1&tag=subsistence", "wang").json();

        assertThat(found.get("total").asLong()).isZero();
        assertThat(api.residents.searches.get(api.residents.searches.size() - 1).query().place())
                .isEqualTo(Place.of("350203006004").inBuildings(List.of("大同路7号3栋")));
        int searches = api.residents.searches.size();
        assertThat(api.get("/residents?grid=350203006004-3", "wang").json().get("total").asLong())
                .as("a grid none of whose buildings has residents").isZero();
        assertThat(api.residents.searches).as("not searched as the whole community").hasSize(searches);
        JsonNode unknown = api.get("/residents?grid=350203006004-9", "wang").json();
        assertThat(unknown.get("errors").get(0).get("rule").asText()).isEqualTo("grid.exists");
    }

    @Test
    void aGridWorkerSeesTheResidentsOfTheirGridOnlyByEveryPath() {
        org.civichub.model.IdNumber id = Fixtures.idNumber("35020319800101002");
        org.civichub.model.Resident lin = org.civichub.model.Resident.of(TestApi.PSEUDONYMS.residentId(id),
                new org.civichub.model.PersonFragment(new org.civichub.model.Provenance("police", "police/person/" + id.value(),
                        "v1", Fixtures.UPDATED), id, null, "林网格", id.sex(), "01", id.birthDate(), "H0009", "02",
                        org.civichub.model.Address.parse(new org.civichub.model.DivisionCode("350203006004"), "大同路7号3栋2单元301室"),
                        null, org.civichub.model.PersonStatus.ACTIVE, null, List.of()));
        api.residents.add(lin);
        api.residents.placeCounts.put(PlaceLevel.BUILDING, List.of(count("大同路7号3栋", 1, 1, Map.of()),
                count("某路1号1栋", 1, 1, Map.of())));

        assertThat(api.get("/residents/" + lin.id(), "grid").status()).isEqualTo(200);
        assertThat(api.get("/residents/" + Fixtures.ZHANG.id(), "grid").status()).as("same community, another grid")
                .isEqualTo(404);
        assertThat(api.get("/residents/" + Fixtures.ZHANG.id(), "wang").status()).isEqualTo(200);
        JsonNode found = api.get("/residents?size=50", "grid").json();
        assertThat(found.get("items")).extracting(i -> i.get("name").asText()).containsExactly("林网格");
        assertThat(api.residents.searches.get(api.residents.searches.size() - 1).scope().places())
                .containsExactly(Place.of("350203006004").inBuildings(List.of("大同路7号3栋")));
        JsonNode grid = api.get("/grid", "grid").json();
        assertThat(grid.get("node").get("label").asText()).as("starts at the grid's community").isEqualTo("大同社区");
        assertThat(api.get("/grid?division=350203007", "grid").status()).isEqualTo(404);
        assertThat(api.get("/session", "grid").json().get("scope").toString()).contains("350203006004-1");

        String aboutZhang = api.post("/reports", "wang", "{\"kind\":\"death\",\"residentId\":\"" + Fixtures.ZHANG.id()
                + "\",\"date\":\"2024-05-01\"}").json().get("id").asText();
        String aboutLin = api.post("/reports", "wang", "{\"kind\":\"death\",\"residentId\":\"" + lin.id()
                + "\",\"date\":\"2024-05-01\"}").json().get("id").asText();
        assertThat(api.get("/reports/" + aboutZhang, "grid").status()).as("a report of another grid").isEqualTo(404);
        assertThat(api.get("/reports/" + aboutLin, "grid").status()).isEqualTo(200);
        assertThat(api.get("/reports/" + aboutZhang, "wang").status()).isEqualTo(200);
    }

    @Test
    void aPlaceOutsideTheScopeIsNotFoundAndABrokenPathSaysWhy() {
        assertThat(api.get("/grid?division=350206", "wang").status()).isEqualTo(404);
        assertThat(api.get("/grid?division=350203", "wang").status()).as("above the scope").isEqualTo(404);
        assertThat(api.get("/grid?grid=350203006004-9", "wang").status()).isEqualTo(404);
        assertThat(api.get("/grid?division=350203", "ops").status()).isEqualTo(403);

        JsonNode bad = api.get("/grid?division=350203006004&unit=2", "wang").json();
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("unit");
        assertThat(bad.get("errors").get(0).get("rule").asText()).isEqualTo("grid.path");
        assertThat(api.get("/grid?division=3502030", "wang").json().get("errors").get(0).get("rule").asText())
                .isEqualTo("divisionCode");
        assertThat(api.get("/grid?division=350203006&building=" + q("大同路7号"), "wang").json()
                .get("errors").get(0).get("rule").asText()).isEqualTo("grid.path");
        assertThat(api.residents.placesCounted).isEmpty();
    }
}
