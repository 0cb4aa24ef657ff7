package org.civichub.simulators.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civichub.simulators.common.DatasetTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthDropTest {

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
    void csvDropsAreGbkWithTheContractsChineseHeadersAndNames() throws Exception {
        Path births = drop.resolve(simulator.drops().get(0).name());
        assertThat(births.getFileName().toString()).isEqualTo("births_20240501000000.csv");

        assertThat(HealthFixtures.csvHeader(births, HealthContract.CSV_CHARSET))
                .containsExactlyElementsOf(HealthContract.BIRTHS_COLUMNS);
        List<Map<String, String>> rows = HealthFixtures.readCsv(births, HealthContract.CSV_CHARSET);
        assertThat(rows).extracting(row -> row.get("新生儿姓名")).containsExactlyInAnyOrder("张小0", "张小1", "张小2", "张小3");
        assertThat(rows).extracting(row -> row.get("居住地址")).contains("北京市东城区和平里街道0号");

        String asUtf8 = new String(Files.readAllBytes(births), StandardCharsets.UTF_8);
        assertThat(asUtf8).doesNotContain("出生医学证明编号").doesNotContain("新生儿姓名").doesNotContain("张小0");
        assertThat(new String(Files.readAllBytes(births), "GBK")).contains("出生医学证明编号", "张小0");
    }

    @Test
    void everyThirdDropIsAnXlsxWorkbookAndTheOthersAreGbkCsv() throws Exception {
        for (int day = 1; day < HealthFixtures.DAYS; day++) {
            simulator.setClock(HealthFixtures.FIRST_DAY.plusDays(day).atStartOfDay(DatasetTimes.ZONE).toInstant());
        }
        List<Drop> drops = simulator.drops();
        assertThat(drops).hasSize(9);
        for (Drop written : drops) {
            Path file = drop.resolve(written.name());
            if (written.sequence() % 3 == 0) {
                assertThat(written.name()).endsWith(".xlsx");
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
                    assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(written.type());
                    assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(written.rows());
                }
                List<String> header = List.copyOf(HealthFixtures.readXlsx(file).get(0).keySet());
                assertThat(header).containsExactlyElementsOf(written.type().equals("births")
                        ? HealthContract.BIRTHS_COLUMNS : HealthContract.FAMILY_COLUMNS);
            } else {
                assertThat(written.name()).endsWith(".csv");
                assertThat(HealthFixtures.readCsv(file, HealthContract.CSV_CHARSET)).hasSize(written.rows());
            }
        }
        assertThat(drops).filteredOn(d -> d.format() == DropFormat.XLSX).extracting(Drop::sequence)
                .containsExactly(3L, 6L, 9L);
    }

    @Test
    void everyDataFileHasItsOkMarkerAndNoTemporaryFileIsLeft() throws Exception {
        simulator.setClockToEnd();
        try (Stream<Path> files = Files.list(drop)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> data = names.stream().filter(n -> !n.endsWith(".ok")).toList();
            assertThat(data).allMatch(n -> n.matches("(births|family)_\\d{14}\\.(csv|xlsx)"));
            assertThat(names.stream().filter(n -> n.endsWith(".ok")).map(n -> n.substring(0, n.length() - 3)))
                    .containsExactlyInAnyOrderElementsOf(data);
            assertThat(data).hasSize(simulator.drops().size());
        }
        try (Stream<Path> markers = Files.list(drop).filter(p -> p.toString().endsWith(".ok"))) {
            assertThat(markers).allMatch(p -> p.toFile().length() == 0);
        }
    }

    @Test
    void aCharacterGbkCannotHoldIsWrittenAsAQuestionMark() throws Exception {
        List<List<String>> births = new ArrayList<>(HealthFixtures.births().subList(0, 1));
        List<String> row = new ArrayList<>(births.get(0));
        row.set(1, "王\uD840\uDC00");
        births.set(0, row);
        Path dataset = HealthFixtures.writeDataset(dir.resolve("rare"), births, null);
        Path rare = dir.resolve("rare-drop");
        try (HealthSimulator alone = HealthSimulator.start(HealthSimulatorSettings.load(dataset, rare))) {
            Path file = rare.resolve(alone.drops().get(0).name());
            assertThat(HealthFixtures.readCsv(file, HealthContract.CSV_CHARSET))
                    .extracting(r -> r.get("新生儿姓名")).containsExactly("王?");
        }
    }

    @Test
    void anAbsentFamilyFileDropsBirthsOnly() throws Exception {
        Path dataset = HealthFixtures.writeDataset(dir.resolve("births-only"), HealthFixtures.births(), null);
        Path births = dir.resolve("births-drop");
        try (HealthSimulator alone = HealthSimulator.start(HealthSimulatorSettings.load(dataset, births))) {
            alone.setClockToEnd();
            assertThat(alone.drops()).extracting(Drop::type).containsOnly("births");
            assertThat(alone.drops().stream().mapToInt(Drop::rows).sum()).isEqualTo(HealthFixtures.births().size());
            assertThat(alone.dataset().rowCounts()).containsEntry("health/family", 0);
        }
    }
}
