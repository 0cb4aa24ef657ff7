package org.civichub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.civichub.simulators.civil.CivilHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivilPagingTest {

    private static final List<Map<String, String>> ASSISTANCE = CivilFixtures.assistance(1234);
    private static final List<Map<String, String>> EXPECTED = CivilFixtures.serviceOrder(ASSISTANCE, "caseNo");

    @TempDir
    static Path dir;
    private static CivilSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        CivilFixtures.writeCsv(dir.resolve("civil/assistance.csv"), CivilFixtures.ASSISTANCE_COLUMNS, ASSISTANCE);
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void pagesThroughAllRowsReturningEachOnceInServiceOrder() throws Exception {
        List<Answer> pages = CivilHttp.pageAll(simulator.apiUrl(), "assistance", null, 500);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(500, 500, 234);
        assertThat(pages).extracting(Answer::nextCursor).last().isNull();
        assertThat(CivilHttp.items(pages)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void servesValuesAsGivenWithCamelCaseKeysInFileColumnOrder() throws Exception {
        Map<String, String> first = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 1).items().get(0);

        assertThat(first.keySet()).containsExactlyElementsOf(CivilFixtures.ASSISTANCE_COLUMNS);
        assertThat(first).isEqualTo(EXPECTED.get(0));
        assertThat(first.get("idCard")).isEqualTo(" 11010119800101123x ");
        assertThat(first.get("address")).isEqualTo("北京市东城区, \"幸福\"小区0号");
        assertThat(first.get("endDate")).isEmpty();
    }

    @Test
    void servesAHundredRowsWithoutALimit() throws Exception {
        Answer page = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.items()).hasSize(100);
        assertThat(page.nextCursor()).isNotBlank();
    }

    @Test
    void servesEveryVersionOfOneKeyInUpdateOrder() throws Exception {
        String caseNo = ASSISTANCE.get(0).get("caseNo");

        List<Map<String, String>> versions = CivilHttp.items(CivilHttp.pageAll(simulator.apiUrl(), "assistance", null, 77))
                .stream().filter(item -> item.get("caseNo").equals(caseNo)).toList();

        assertThat(versions).extracting(v -> v.get("status")).containsExactly("在保", "停保");
        assertThat(versions).extracting(v -> v.get("updatedAt"))
                .containsExactly(ASSISTANCE.get(0).get("updatedAt"), ASSISTANCE.get(4).get("updatedAt"));
    }

    @Test
    void excludesRowsUpdatedAtOrBeforeUpdatedSince() throws Exception {
        String since = CivilFixtures.time(100);

        List<Map<String, String>> items = CivilHttp.items(CivilHttp.pageAll(simulator.apiUrl(), "assistance", since, 500));

        List<Map<String, String>> later = EXPECTED.stream()
                .filter(row -> row.get("updatedAt").compareTo(since) > 0).toList();
        assertThat(later).hasSize(EXPECTED.size() - 303);
        assertThat(items).containsExactlyElementsOf(later);
    }

    @Test
    void acceptsUpdatedSinceAsLocalTimeOrWithAnOffset() throws Exception {
        Answer local = CivilHttp.page(simulator.apiUrl(), "assistance", "2024-05-01T09:40:00", null, 500);
        Answer utc = CivilHttp.page(simulator.apiUrl(), "assistance", "2024-05-01T01:40:00Z", null, 500);

        assertThat(local.items()).isEqualTo(utc.items()).hasSize(500);
        assertThat(local.items().get(0).get("updatedAt")).isEqualTo(CivilFixtures.time(101));
    }

    @Test
    void servesEmptyListsForAbsentFiles() throws Exception {
        for (String type : List.of("disability", "death", "elderly")) {
            Answer page = CivilHttp.page(simulator.apiUrl(), type, null, null, null);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.items()).isEmpty();
            assertThat(page.body().has("nextCursor")).isTrue();
            assertThat(page.nextCursor()).isNull();
        }
    }
}
