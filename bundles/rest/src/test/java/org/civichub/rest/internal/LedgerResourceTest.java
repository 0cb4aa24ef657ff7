package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civichub.model.PersonFragment;
import org.civichub.model.Provenance;
import org.civichub.model.Resident;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.model.TagStatus;
import org.civichub.rest.internal.fakes.Fixtures;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dir;

    private TestApi api;

    @BeforeEach
    void start() throws Exception {
        Path grids = dir.resolve("civichub-grids.csv");
        Files.writeString(grids, "350203006004,大同社区,\n350203006004-1,第一网格,大同路1-120号\n", StandardCharsets.UTF_8);
        api = new TestApi(List.of(), grids);
        api.residents.add(tagged(Fixtures.ZHANG, new Tag(TagKind.DISABILITY, TagStatus.ACTIVE, "肢体", "二级",
                LocalDate.of(2016, 1, 10), null), new Tag(TagKind.NEWBORN, TagStatus.ACTIVE, null, null,
                Fixtures.ZHANG.idNumber().birthDate(), null)));
        api.residents.add(tagged(Fixtures.LI, new Tag(TagKind.DISABILITY, TagStatus.ENDED, "视力", "一级", null, null)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static Resident tagged(Resident r, Tag... tags) {
        PersonFragment.Builder b = PersonFragment.from(new Provenance("civil", "civil/disability/D" + r.id(), "1",
                Instant.parse("2024-03-04T08:34:50Z"))).idNumber(r.idNumber());
        for (Tag t : tags) {
            b.tag(t);
        }
        return r.merge(b.build());
    }

    @Test
    void aLedgerListsTheResidentsOfTheScopeWithTheActiveTagMaskedAndAudited() {
        JsonNode v = api.get("/ledgers?kind=disability", "li").json();

        assertThat(v.get("title").asText()).isEqualTo("残疾人台账");
        assertThat(v.get("subtitle").asText()).contains("辖区 350203").contains("1 人").contains("li");
        assertThat(v.get("columns").toString()).contains("身份证号", "残疾类别", "残疾等级", "出生年份");
        assertThat(v.get("rows")).hasSize(1);
        JsonNode row = v.get("rows").get(0);
        assertThat(row.get(1).asText()).isEqualTo("张三");
        assertThat(row.get(2).asText()).isEqualTo(Fixtures.ZHANG.idNumber().masked());
        assertThat(row.get(4).asText()).isEqualTo("1990");
        assertThat(row.get(7).asText()).isEqualTo("肢体");
        assertThat(row.get(8).asText()).isEqualTo("二级");
        assertThat(row.get(9).asText()).isEqualTo("2016-01-10");
        assertThat(row.get(11).asText()).isEqualTo("民政");
        assertThat(api.audit.last().action()).isEqualTo("ledger.read");
        assertThat(api.audit.last().residentIds()).containsExactly(Fixtures.ZHANG.id());
    }

    @Test
    void theNewbornLedgerDoesNotShowTheBirthDateBesideTheMaskedNumber() {
        JsonNode v = api.get("/ledgers?kind=newborn", "wang").json();

        assertThat(v.get("rows")).hasSize(1);
        assertThat(v.toString()).doesNotContain(Fixtures.ZHANG.idNumber().birthDate().toString())
                .doesNotContain(Fixtures.ZHANG.idNumber().value());
    }

    @Test
    void theWorkbookIsTheSameLedgerReadBackWithPoiAndItsDownloadIsAuditedAsAnExport() throws Exception {
        HttpResponse<byte[]> reply = java.net.http.HttpClient.newHttpClient().send(
                api.request("/ledgers?kind=disability&community=350203006004")
                        .header("Authorization", TestApi.basic("wang", "pw-wang")).header("Accept", XLSX).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(reply.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''%E6%AE%8B%E7%96%BE%E4%BA%BA%E5%8F%B0%E8%B4%A6-350203006004-");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("残疾人台账");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("身份证号");
            Row first = sheet.getRow(3);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("张三");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(Fixtures.ZHANG.idNumber().masked());
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        assertThat(api.audit.last().action()).isEqualTo("ledger.export");
        assertThat(api.get("/ledgers?kind=disability&format=xlsx", "wang").contentType()).startsWith(XLSX);
    }

    @Test
    void aGridLedgerTakesTheBuildingsOfTheGrid() {
        api.residents.placeCounts.put(PlaceLevel.BUILDING, List.of(new PlaceCount("大同路7号3栋", 1, 1, Map.of()),
                new PlaceCount("大同路130号", 1, 1, Map.of()), new PlaceCount(Place.UNKNOWN, 1, 1, Map.of())));

        JsonNode v = api.get("/ledgers?kind=disability&grid=350203006004-1", "wang").json();

        assertThat(v.get("subtitle").asText()).contains("大同社区（350203006004） 第一网格");
        assertThat(api.residents.searches.get(api.residents.searches.size() - 1).query().place())
                .isEqualTo(Place.of("350203006004").inBuildings(List.of("大同路7号3栋")));
    }

    @Test
    void aBadKindAPlaceOutsideTheScopeAndAnotherRoleAreRefused() {
        JsonNode bad = api.get("/ledgers?kind=everyone", "wang").json();
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(api.get("/ledgers", "wang").status()).isEqualTo(400);
        assertThat(api.get("/ledgers?kind=disability&community=350206", "wang").status()).isEqualTo(404);
        assertThat(api.get("/ledgers?kind=disability&grid=350203006004-7", "wang").status()).isEqualTo(404);
        assertThat(api.get("/ledgers?kind=disability", "ops").status()).isEqualTo(403);
    }
}
