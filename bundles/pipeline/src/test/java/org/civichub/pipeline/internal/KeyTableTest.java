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
    void theHubsResidentIdsAndOthersComeBackAsWritten() {
        KeyTable table = new KeyTable();
        String hub = "r0123456789abcdef0123456789abcdef";
        String high = "rffffffffffffffff8000000000000000";
        String upper = "r0123456789ABCDEF0123456789ABCDEF";
        table.put("b-1", List.of(hub, "r1", high));
        table.put("b-2", List.of(upper));
        table.put("b-3", List.of(hub));

        assertThat(table.get("b-1")).containsExactly(hub, "r1", high);
        assertThat(table.get("b-2")).containsExactly(upper);
        assertThat(table.get("b-3")).containsExactly(hub);
        assertThat(table.residents()).isEqualTo(4);
    }

    @Test
    void aMillionKeysOfTheHubsResidentsTakeAtMostFortyEightBytesAKeyJustAfterTheTableGrew() {
        KeyTable table = new KeyTable();
        int keys = 1_000_000;
        java.util.Random random = new java.util.Random(7);
        String[] residents = new String[keys / 5];
        for (int i = 0; i < residents.length; i++) {
            residents[i] = "r" + java.util.HexFormat.of().toHexDigits(random.nextLong())
                    + java.util.HexFormat.of().toHexDigits(random.nextLong());
        }
        for (int i = 0; i < keys; i++) {
            table.put(key(i), i % 20 == 0 ? List.of(residents[i / 5], residents[(i / 5 + 1) % residents.length])
                    : List.of(residents[i / 5]));
        }

        assertThat(table.residents()).isEqualTo(residents.length);
        assertThat(table.get(key(999_995))).containsExactly(residents[199_999]);
        assertThat(table.get(key(20))).containsExactly(residents[4], residents[5]);
        // a million keys are just past a doubling: the key table is 48 % full, 16 bytes a slot
        assertThat(table.footprint()).as("bytes a key, its share of the resident ids included")
                .isLessThanOrEqualTo(48L * keys);
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
