package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civichub.connector.health.HealthDrops;
import org.civichub.connector.health.HealthDrops.Run;
import org.civichub.simulators.health.Drop;
import org.civichub.simulators.health.DropFormat;
import org.civichub.simulators.health.HealthSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read at all: each moves to the error folder with its reason, and the run goes on. */
class UnreadableDropsTest {

    @TempDir
    Path dir;
    private HealthSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private HealthSimulator small(int days, int perDay) {
        simulator = HealthDrops.start(HealthDrops.small(dir.resolve("dataset"), days, perDay), drop());
        return simulator;
    }

    private Path drop() {
        return dir.resolve("drop");
    }

    private static Drop first(HealthSimulator s, DropFormat format, String type) {
        return s.drops().stream().filter(d -> d.format() == format && d.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void aTruncatedWorkbookMovesToErrorWithItsReasonAndTheRunGoesOnWithTheOtherFiles() throws Exception {
        HealthSimulator sim = small(4, 3);
        HealthDrops.stepToEnd(sim, 3);
        Drop workbook = first(sim, DropFormat.XLSX, "births");
        Path file = drop().resolve(workbook.name());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        Run run = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        List<String> others = new ArrayList<>(HealthDrops.names(sim.drops()));
        others.remove(workbook.name());
        assertThat(run.files()).containsExactlyElementsOf(others);
        assertThat(run.records()).hasSize(sim.drops().stream().mapToInt(Drop::rows).sum() - workbook.rows());
        Path error = drop().resolve("error");
        assertThat(HealthDrops.dataFiles(error)).containsExactly(workbook.name());
        assertThat(error.resolve(workbook.name() + ".ok")).exists();
        assertThat(Files.readString(error.resolve(workbook.name() + ".reason.txt")))
                .contains("file: " + workbook.name(), "rule: xlsx.readable", "reason: not a readable XLSX workbook");
        assertThat(Files.readAllBytes(error.resolve(workbook.name()))).hasSize(bytes.length / 2);
        assertThat(HealthDrops.dataFiles(drop())).isEmpty();
    }

    @Test
    void aCsvFileWrittenInUtf8MovesToErrorWithItsReason() throws Exception {
        HealthSimulator sim = small(2, 3);
        sim.setClock(HealthDrops.day(1));
        Drop csv = first(sim, DropFormat.CSV, "births");
        Path file = drop().resolve(csv.name());
        Files.writeString(file, Files.readString(file, HealthDrops.GBK), StandardCharsets.UTF_8);

        Run run = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(run.files()).doesNotContain(csv.name()).hasSize(sim.drops().size() - 1);
        Path error = drop().resolve("error");
        assertThat(HealthDrops.dataFiles(error)).containsExactly(csv.name());
        assertThat(error.resolve(csv.name() + ".ok")).exists();
        assertThat(Files.readString(error.resolve(csv.name() + ".reason.txt")))
                .contains("file: " + csv.name(), "rule: csv.gbk", "at: line 1", "are not GBK text");
    }

    @Test
    void aUtf8CsvFileWhoseBytesHappenToBeGbkIsCaughtByItsHeader() throws Exception {
        small(1, 1);
        String name = "births_20240601000000.csv";
        Files.writeString(drop().resolve(name), "出生医学证明编号,性别,出生日期\r\nQ1,,20240501\r\n", StandardCharsets.UTF_8);
        Files.createFile(drop().resolve(name + ".ok"));

        Run run = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(run.files()).doesNotContain(name).isNotEmpty();
        assertThat(Files.readString(drop().resolve("error").resolve(name + ".reason.txt")))
                .contains("rule: header.columns", "at: row 1", "the header lacks 出生医学证明编号, 新生儿姓名, 性别",
                        "not encoded in GBK");
    }

    @Test
    void bytesThatAreNotGbkMoveTheFileToErrorNamingTheLine() throws Exception {
        HealthSimulator sim = small(1, 3);
        Drop csv = first(sim, DropFormat.CSV, "births");
        Path file = drop().resolve(csv.name());
        byte[] bytes = Files.readAllBytes(file);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0x81;
        broken[bytes.length + 1] = (byte) 0x20;
        broken[bytes.length + 2] = '\n';
        Files.write(file, broken);

        HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(Files.readString(drop().resolve("error").resolve(csv.name() + ".reason.txt")))
                .contains("rule: csv.gbk", "at: line 5", "the bytes 81 are not GBK text");
    }

    @Test
    void filesOfAnUnknownTypeOrNotNamedAsTheContractSaysMoveToError() throws Exception {
        HealthSimulator sim = small(1, 3);
        for (String name : List.of("deaths_20240501000000.csv", "births-20240501.csv", "births_20240501000000.xls",
                "births_20241301000000.csv")) {
            Files.writeString(drop().resolve(name), "x");
            Files.createFile(drop().resolve(name + ".ok"));
        }

        Run run = HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(run.files()).containsExactlyElementsOf(HealthDrops.names(sim.drops()));
        Path error = drop().resolve("error");
        assertThat(HealthDrops.dataFiles(error)).containsExactlyInAnyOrder("deaths_20240501000000.csv",
                "births-20240501.csv", "births_20240501000000.xls", "births_20241301000000.csv");
        assertThat(Files.readString(error.resolve("deaths_20240501000000.csv.reason.txt"))).contains("rule: type.known");
        assertThat(Files.readString(error.resolve("births_20240501000000.xls.reason.txt"))).contains("rule: name.pattern");
        assertThat(Files.readString(error.resolve("births_20241301000000.csv.reason.txt"))).contains("rule: name.pattern");
    }

    @Test
    void aMarkerWithoutItsDataFileIsPutWhereTheFileWent() throws Exception {
        small(1, 2);
        Files.createDirectories(drop().resolve("done"));
        Files.writeString(drop().resolve("done/births_20240430000000.csv"), "stored before the marker moved");
        Files.createFile(drop().resolve("births_20240430000000.csv.ok"));
        Files.createFile(drop().resolve("family_20240430000000.csv.ok"));

        HealthDrops.run(HealthDrops.source(drop(), 500), null);

        assertThat(drop().resolve("done/births_20240430000000.csv.ok")).exists();
        assertThat(drop().resolve("error/family_20240430000000.csv.ok")).exists();
        assertThat(Files.readString(drop().resolve("error/family_20240430000000.csv.ok.reason.txt")))
                .contains("rule: marker.orphan");
        try (var left = Files.list(drop())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("done", "error");
        }
    }
}
