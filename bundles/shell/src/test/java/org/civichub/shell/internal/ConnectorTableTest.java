package org.civichub.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.store.RecordCounts;
import org.junit.jupiter.api.Test;

class ConnectorTableTest {

    private static final Instant SYNC = Instant.parse("2024-03-01T08:00:00Z");

    static List<String> render(ShellTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.forceAscii().print(new PrintStream(bytes, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        return bytes.toString(StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList();
    }

    @Test
    void eachConnectorIsOneRowWithCountsSummedOverRecordTypes() {
        ConnectorStatus police = new ConnectorStatus("police-default", "police", List.of("person", "floating"),
                "running", "2024-03-01#42", SYNC, null, null,
                List.of(new RecordCounts("person", 100, 88, 2, 10, 0), new RecordCounts("floating", 6, 5, 0, 1, 0)));

        List<String> lines = render(ConnectorTable.of(List.of(police)));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("ID\\s+\\| Department \\| State\\s+\\| Watermark\\s+\\| Last sync\\s+"
                + "\\| Last error \\| Linked \\| Unlinked \\| Quarantined");
        assertThat(lines.get(1)).matches("-+\\+-+\\+-+\\+-+\\+-+\\+-+\\+-+\\+-+\\+-+");
        assertThat(lines.get(2).split("\\s*\\|\\s*")).containsExactly(
                "police-default", "police", "running", "2024-03-01#42", "2024-03-01T08:00:00Z", "-", "93", "2", "11");
    }

    @Test
    void columnsAreAlignedAcrossRows() {
        List<String> lines = render(ConnectorTable.of(List.of(
                new ConnectorStatus("a", "police", List.of(), "stopped", null, null, null, null, List.of()),
                new ConnectorStatus("civil-affairs-default", "civil-affairs", List.of(), "running", null, null,
                        null, null, List.of()))));

        assertThat(lines.get(2).indexOf('|')).isEqualTo(lines.get(3).indexOf('|'))
                .isEqualTo(lines.get(0).indexOf('|'));
        assertThat(lines.get(2).split("\\s*\\|\\s*"))
                .containsExactly("a", "police", "stopped", "-", "-", "-", "0", "0", "0");
    }

    @Test
    void errorsAreOneMaskedTruncatedLine() {
        String error = ConnectorTable.error("SOAP fault\n  for 350203199003071234: " + "x".repeat(100));

        assertThat(error).startsWith("SOAP fault for 350203********1234: xxx").endsWith("...")
                .hasSize(ConnectorTable.MAX_ERROR);
        assertThat(ConnectorTable.error(" ")).isEqualTo("-");
    }

    @Test
    void anEmptyListSaysSo() {
        assertThat(String.join("\n", render(ConnectorTable.of(List.of())))).contains("no connectors installed");
    }
}
