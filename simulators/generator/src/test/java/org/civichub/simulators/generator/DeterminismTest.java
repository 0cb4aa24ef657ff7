package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withPersons(3000).withSeed(7);

    @Test
    void theSameSettingsWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        new DatasetGenerator(SMALL).writeTo(first);
        new DatasetGenerator(SMALL).writeTo(second);
        for (DatasetFile file : DatasetFile.values()) {
            assertThat(Files.mismatch(first.resolve(file.relativePath()), second.resolve(file.relativePath())))
                    .as(file.relativePath()).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(first.resolve(DatasetGenerator.FLAWS), second.resolve(DatasetGenerator.FLAWS)))
                .isEqualTo(-1L);
        assertThat(Files.readAllLines(first.resolve(DatasetGenerator.FLAWS))).first().isEqualTo("flaw,eligible,applied");
        assertThat(Files.readAllLines(first.resolve(DatasetGenerator.FLAWS)))
                .anySatisfy(l -> assertThat(l).startsWith("DEATH_NOT_IN_POLICE,"));
    }

    @Test
    void anotherSeedWritesDifferentPeople(@TempDir Path first, @TempDir Path second) throws IOException {
        new DatasetGenerator(SMALL).writeTo(first);
        new DatasetGenerator(SMALL.withSeed(8)).writeTo(second);
        assertThat(Files.mismatch(first.resolve("police/person.csv"), second.resolve("police/person.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(first.resolve("truth.csv"), second.resolve("truth.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void anotherPeriodMovesEveryUpdateTimeIntoIt(@TempDir Path directory) throws IOException {
        GeneratorSettings settings = SMALL.withPeriod(java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2021, 8, 31));
        new DatasetGenerator(settings).writeTo(directory);
        CsvTable police = CsvTable.read(directory.resolve("police/person.csv"));
        assertThat(police.column("GXSJ")).allSatisfy(t -> assertThat(t).isBetween("2021-03-01 00:00:00", "2021-08-31 23:59:59"));
    }
}
