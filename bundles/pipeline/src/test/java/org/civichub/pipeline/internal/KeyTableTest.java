package org.civichub.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Test
    void aKeyNeverPutIsNotThere() {
        KeyTable table = new KeyTable();
        table.put("i-abc", List.of("r1"));

        assertThat(table.get("i-abd")).isNull();
        assertThat(table.get("b-abc")).isNull();
        assertThat(table.get("")).isNull();
    }

    @Test
    void aKeyGivesBackItsResidentsInTheOrderWrittenAndTheLastWriteWins() {
        KeyTable table = new KeyTable();
        table.put("b-1", List.of("r1"));
        assertThat(table.get("b-1")).containsExactly("r1");

        table.put("b-1", List.of("r1", "r3", "r2"));
        assertThat(table.get("b-1")).containsExactly("r1", "r3", "r2");

        table.put("b-1", List.of("r2"));
        assertThat(table.get("b-1")).containsExactly("r2");

        table.put("b-1", List.of("r2", "r1"));
        assertThat(table.get("b-1")).containsExactly("r2", "r1");
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void aKeyWithoutResidentsIsThereAndEmpty() {
        KeyTable table = new KeyTable();
        table.put("b-1", List.of());

        assertThat(table.get("b-1")).isEmpty();
    }

    @Test
    void manyKeysSurviveTheTableGrowingAndEachResidentIdIsKeptOnce() {
        KeyTable table = new KeyTable();
        int keys = 200_000;
        for (int i = 0; i < keys; i++) {
            table.put(key(i), i % 10 == 0 ? List.of("r" + i / 6, "r" + (i / 6 + 1)) : List.of("r" + i / 6));
        }

        assertThat(table.size()).isEqualTo(keys);
        assertThat(table.residents()).as("r0 to r33333").isEqualTo((keys - 1) / 6 + 1);
        for (int i = 0; i < keys; i++) {
            assertThat(table.get(key(i))).as(key(i))
                    .isEqualTo(i % 10 == 0 ? List.of("r" + i / 6, "r" + (i / 6 + 1)) : List.of("r" + i / 6));
            assertThat(table.get(key(i) + "x")).isNull();
        }
    }

    @Test
    void keysThatDifferInOneCharacterOrInOrderHaveDifferentFingerprints() {
        String key = "i-" + "Q".repeat(40);
        String other = "i-" + "Q".repeat(39) + "R";
        String swapped = "i-" + "QR" + "Q".repeat(37) + "Q";

        assertThat(KeyTable.high(key)).isNotEqualTo(KeyTable.high(other));
        assertThat(KeyTable.low(key, KeyTable.high(key))).isNotEqualTo(KeyTable.low(other, KeyTable.high(other)));
        assertThat(KeyTable.high(other)).isNotEqualTo(KeyTable.high(swapped));
    }

    /** A key of the shape the resolver writes: a letter, a dash, 40 characters of a keyed hash. */
    private static String key(int i) {
        return (i % 2 == 0 ? "b-" : "i-") + String.format("%08x", i * 0x9E3779B1).repeat(5);
    }
}
