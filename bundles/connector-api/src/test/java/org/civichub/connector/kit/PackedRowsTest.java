package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedRowsTest {

    private static FileRow healthRow(int i) {
        return new FileRow(i + 2, List.of("35020319900307" + String.format("%04d", i % 10_000), "林丽华" + i,
                "福建省厦门市思明区嘉禾路" + i + "号", "2", "20240501", "", "2024-05-01 08:00:00"));
    }

    @Test
    void givesBackEveryRowAsItWasAdded() {
        List<FileRow> rows = List.of(
                new FileRow(2, List.of("350203199003070014", "曾国强")),
                new FileRow(5, List.of("", " x ", "福建省厦门市,\"思明区\"\r\n2栋", "")),
                new FileRow(6, List.of()),
                new FileRow(8, List.of("Zoë Müller", "吉𠮷祥", "Ｌｉｎ\u3000Ｌｉ", "\t\u00ff\u0100")),
                new FileRow(7, List.of("a".repeat(200), "林".repeat(20_000))));

        PackedRows packed = PackedRows.of(rows);

        assertThat(packed).hasSize(5).containsExactlyElementsOf(rows);
        assertThat(packed.get(1).values()).containsExactly("", " x ", "福建省厦门市,\"思明区\"\r\n2栋", "");
        assertThat(packed.subList(1, 3)).containsExactly(rows.get(1), rows.get(2));
    }

    @Test
    void rowsSpanningManyBlocksAndOneLargerThanABlockComeBackWhole() {
        List<FileRow> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(healthRow(i));
        }
        FileRow huge = new FileRow(1_000_000, List.of("号".repeat(PackedRows.BLOCK), "end"));
        rows.add(10_000, huge);

        PackedRows packed = PackedRows.of(rows);

        assertThat(packed).containsExactlyElementsOf(rows);
        assertThat(packed.get(10_000)).isEqualTo(huge);
    }

    @Test
    void rowsAlreadyPackedAreNotPackedAgain() {
        PackedRows packed = PackedRows.of(List.of(healthRow(1)));

        assertThat(PackedRows.of(packed)).isSameAs(packed);
    }

    @Test
    void anEmptyTableHasNoRows() {
        assertThat(new PackedRows.Builder().build()).isEmpty();
    }

    @Test
    void aRowTakesItsTextAsJavaKeepsItInAStringAndAFewBytesMore() {
        PackedRows.Builder builder = new PackedRows.Builder();
        long text = 0;
        int rows = 100_000;
        for (int i = 0; i < rows; i++) {
            FileRow row = healthRow(i);
            builder.add(row);
            for (String v : row.values()) {
                text += v.chars().allMatch(c -> c < 256) ? v.length() : 2L * v.length();
            }
        }

        long footprint = builder.build().footprint();

        // a length byte per value, a count byte, the row's place and number: 8 + 12 bytes a row
        // (as strings in a list: more than 200 bytes a row besides the text);
        // at most a row's bytes (under 200) left unused at the end of each block
        long blocks = (text + 20L * rows) / PackedRows.BLOCK + 1;
        assertThat(footprint).isLessThanOrEqualTo(text + 20L * rows + 200 * blocks);
    }
}
