package org.civichub.simulators.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civichub.simulators.common.DatasetTimes;
import org.civichub.simulators.common.RecordTable;
import org.civichub.simulators.common.Row;
import org.civichub.simulators.common.TableSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthClockTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;
    private Path drop;
    private HealthSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        drop = dir.resolve("drop");
        simulator = HealthSimulator.start(HealthSimulatorSettings.load(dir.resolve("dataset"), drop));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void eachClockStepDropsOnlyTheRowsUpdatedInThatStep() throws Exception {
        Instant previous = Instant.MIN;
        assertStepDropped(simulator.drops(), previous, simulator.clock());
        previous = simulator.clock();
        for (String to : List.of("2024-05-02T12:00:00", "2024-05-02T18:00:00", "2024-05-04T00:00:00", "end")) {
            int before = simulator.drops().size();
            HttpResponse<String> moved = post("/clock?to=" + to);
            assertThat(moved.statusCode()).isEqualTo(200);
            List<Drop> step = simulator.drops().subList(before, simulator.drops().size());
            assertStepDropped(step, previous, simulator.clock());
            previous = simulator.clock();
        }
    }

    @Test
    void afterStepsToTheEndEveryDatasetRowIsInExactlyOneDrop() throws Exception {
        post("/clock?to=2024-05-03T08:00:00");
        post("/clock?to=2024-05-02T00:00:00");
        post("/clock?to=end");
        assertEveryRowDroppedOnce();
    }

    @Test
    void aTypeThatCouldNotBeWrittenIsDroppedByTheNextStepWithoutRepeatingTheOthers() throws Exception {
        Files.createFile(drop.resolve("family_20240503000000.csv"));

        HttpResponse<String> failed = post("/clock?to=2024-05-03T00:00:00");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(simulator.drops()).extracting(Drop::name).contains("births_20240503000000.xlsx")
                .doesNotContain("family_20240503000000.csv");
        Files.delete(drop.resolve("family_20240503000000.csv"));

        post("/clock?to=end");
        assertEveryRowDroppedOnce();
    }

    private void assertEveryRowDroppedOnce() throws Exception {
        for (TableSpec spec : List.of(TableSpec.HEALTH_BIRTHS, TableSpec.HEALTH_FAMILY)) {
            List<String> dropped = new ArrayList<>();
            for (Drop written : simulator.drops()) {
                if (written.type().equals(spec.name())) {
                    HealthFixtures.read(drop.resolve(written.name())).forEach(row -> dropped.add(identity(spec, row)));
                }
            }
            List<String> expected = simulator.dataset().table(spec).rows().stream()
                    .map(row -> identity(spec, row.fields())).toList();
            assertThat(dropped).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theAdminApiListsTheDropsAndReportsStatus() throws Exception {
        post("/clock?to=end");
        HttpResponse<String> drops = get("/drops");
        assertThat(drops.statusCode()).isEqualTo(200);
        for (Drop written : simulator.drops()) {
            assertThat(drops.body()).contains("\"name\":\"" + written.name() + "\"");
        }
        assertThat(drops.body()).contains("\"format\":\"xlsx\"", "\"format\":\"csv\"");

        HttpResponse<String> status = get("/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"health/births\":24", "\"health/family\":9", "\"drops\":4",
                "\"droppedUpTo\":\"2024-05-06T00:00:00+08:00\"");
    }

    private void assertStepDropped(List<Drop> step, Instant after, Instant upTo) throws Exception {
        for (TableSpec spec : List.of(TableSpec.HEALTH_BIRTHS, TableSpec.HEALTH_FAMILY)) {
            RecordTable table = simulator.dataset().table(spec);
            List<Row> expected = table.rows().subList(table.indexAfter(after), table.indexAfter(upTo));
            List<Drop> files = step.stream().filter(d -> d.type().equals(spec.name())).toList();
            if (expected.isEmpty()) {
                assertThat(files).isEmpty();
                continue;
            }
            assertThat(files).hasSize(1);
            assertThat(files.get(0).name()).startsWith(spec.name() + "_"
                    + DatasetTimes.formatLocalSeconds(upTo).replaceAll("[- :]", ""));
            List<String> dropped = HealthFixtures.read(drop.resolve(files.get(0).name())).stream()
                    .map(row -> identity(spec, row)).toList();
            assertThat(dropped).containsExactlyInAnyOrderElementsOf(
                    expected.stream().map(row -> identity(spec, row.fields())).toList());
        }
    }

    // Key and update date as a date (its written style may vary), enough to tell the fixture rows apart.
    private static String identity(TableSpec spec, Map<String, String> row) {
        String time = row.get(spec.timeColumn());
        return row.get(spec.keyColumn()) + "@" + DatasetTimes.parseUpdateTime(time) + "#"
                + row.get(spec == TableSpec.HEALTH_BIRTHS ? "新生儿姓名" : "姓名");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.adminUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
