package org.civichub.simulators.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesQuotes(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("sub/x.csv");
        try (CsvWriter writer = new CsvWriter(file)) {
            writer.writeRow("plain", "a,b", "say \"hi\"", " lead", "trail\u3000", "", "line\nbreak", "陈丽华");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"trail\u3000\",,\"line\nbreak\",陈丽华\n");
    }

    @Test
    void writtenRowsReadBackUnchanged(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("x.csv");
        List<String> row = List.of(" 350203199003077777", "a\"b,c", "３５０２０３");
        try (CsvWriter writer = new CsvWriter(file)) {
            writer.writeRow("h1", "h2", "h3");
            writer.writeRow(row.toArray(String[]::new));
        }
        assertThat(CsvTable.read(file).rows()).containsExactly(row);
    }
}
