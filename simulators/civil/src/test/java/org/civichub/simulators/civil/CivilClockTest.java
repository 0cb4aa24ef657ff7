package org.civichub.simulators.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civichub.simulators.civil.CivilHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CivilClockTest {

    private static final List<Map<String, String>> ASSISTANCE = CivilFixtures.assistance(300);
    private static final List<Map<String, String>> EXPECTED = CivilFixtures.serviceOrder(ASSISTANCE, "caseNo");

    @TempDir
    Path dir;
    private CivilSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        CivilFixtures.writeCsv(dir.resolve("civil/assistance.csv"), CivilFixtures.ASSISTANCE_COLUMNS, ASSISTANCE);
        simulator = CivilSimulator.start(CivilSimulatorSettings.load(dir));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void startsAtTheEarliestRowAndServesOnlyRowsAtOrBeforeTheClock() throws Exception {
        assertThat(CivilHttp.items(CivilHttp.pageAll(simulator.apiUrl(), "assistance", null, 500)))
                .containsExactlyElementsOf(upTo(CivilFixtures.time(0)));

        assertThat(CivilHttp.moveClock(simulator.adminUrl(), "2024-05-01T08:10:00+08:00")).isEqualTo(200);

        assertThat(CivilHttp.items(CivilHttp.pageAll(simulator.apiUrl(), "assistance", null, 7)))
                .hasSize(33).containsExactlyElementsOf(upTo(CivilFixtures.time(10)));
    }

    @Test
    void servesEveryRowOnceAcrossClockStepsWhenEachRunStartsAfterTheLastRowSeen() throws Exception {
        List<Map<String, String>> served = new ArrayList<>();
        String since = null;
        for (String step : List.of("2024-05-01T08:00:30", "2024-05-01T08:17:00", "2024-05-01T08:17:00",
                "2024-05-01T09:00:00", "end")) {
            assertThat(CivilHttp.moveClock(simulator.adminUrl(), step)).isEqualTo(200);
            List<Map<String, String>> run = CivilHttp.items(CivilHttp.pageAll(simulator.apiUrl(), "assistance", since, 11));
            served.addAll(run);
            if (!run.isEmpty()) {
                since = run.get(run.size() - 1).get("updatedAt");
            }
        }

        assertThat(served).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void keepsARunsBoundWhenTheClockMovesBetweenPages() throws Exception {
        simulator.setClock(CivilFixtures.START.plusMinutes(20).toInstant());
        Answer first = CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 40);
        simulator.setClockToEnd();

        List<Map<String, String>> items = new ArrayList<>(first.items());
        Answer page = first;
        while (page.nextCursor() != null) {
            page = CivilHttp.page(simulator.apiUrl(), "assistance", null, page.nextCursor(), 40);
            items.addAll(page.items());
        }

        assertThat(items).hasSize(63).containsExactlyElementsOf(upTo(CivilFixtures.time(20)));
    }

    @Test
    void reportsClockAndTablesInTheStatus() throws Exception {
        CivilHttp.moveClock(simulator.adminUrl(), "end");
        CivilHttp.page(simulator.apiUrl(), "assistance", null, null, 1);

        var status = CivilHttp.status(simulator.adminUrl());

        assertThat(status.get("clock").asText()).isEqualTo("2024-05-01T09:39:00+08:00");
        assertThat(status.get("tables").get("civil/assistance").asInt()).isEqualTo(300);
        assertThat(status.get("tables").get("civil/elderly").asInt()).isZero();
        assertThat(status.get("requests").asLong()).isEqualTo(1);
        assertThat(status.toString()).doesNotContain(CivilContract.DEFAULT_API_KEY);
    }

    private static List<Map<String, String>> upTo(String time) {
        return EXPECTED.stream().filter(row -> row.get("updatedAt").compareTo(time) <= 0).toList();
    }
}
