package org.civichub.simulators.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateStylesTest {

    @TempDir
    Path dir;

    @Test
    void uniformDatesAreWrittenInAllThreeStylesTheSameWayForTheSameSeed() throws Exception {
        Path dataset = HealthFixtures.writeDataset(dir.resolve("dataset"), HealthFixtures.births(), HealthFixtures.family());
        List<Map<String, String>> first = dropAll(dataset, dir.resolve("a"));
        List<Map<String, String>> second = dropAll(dataset, dir.resolve("b"));

        Set<DateStyle> styles = EnumSet.noneOf(DateStyle.class);
        for (Map<String, String> row : first) {
            for (String column : List.of("出生日期", "登记日期", "更新日期")) {
                if (row.containsKey(column)) {
                    styles.add(DateStyle.of(row.get(column)).orElseThrow());
                }
            }
        }
        assertThat(styles).containsExactlyInAnyOrder(DateStyle.values());
        assertThat(first).isEqualTo(second);
    }

    @Test
    void datesAlreadyInSeveralStylesAndMessyValuesAreServedAsGiven() throws Exception {
        List<List<String>> births = new ArrayList<>(HealthFixtures.births().subList(0, 3));
        births.set(1, replace(births.get(1), 3, "2024/4/21"));
        births.set(2, replace(births.get(2), 3, "2O24-04-2l"));
        Path dataset = HealthFixtures.writeDataset(dir.resolve("messy"), births, null);

        List<Map<String, String>> dropped = dropAll(dataset, dir.resolve("drop"));

        assertThat(dropped).extracting(row -> row.get("出生日期"))
                .containsExactlyInAnyOrder("2024-04-21", "2024/4/21", "2O24-04-2l");
        assertThat(dropped).extracting(row -> row.get("登记日期")).containsOnly("2024-05-01");
    }

    @Test
    void eachStyleReadsAndWritesTheSameDate() {
        assertThat(DateStyle.of("2023-05-07")).contains(DateStyle.DASHED);
        assertThat(DateStyle.of("2023/5/7")).contains(DateStyle.SLASHED);
        assertThat(DateStyle.of("20230507")).contains(DateStyle.COMPACT);
        assertThat(DateStyle.of("2023-02-30")).isEmpty();
        assertThat(DateStyle.SLASHED.format(DateStyle.COMPACT.parse("20230507").orElseThrow())).isEqualTo("2023/5/7");
    }

    private static List<String> replace(List<String> row, int index, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(index, value);
        return copy;
    }

    private static List<Map<String, String>> dropAll(Path dataset, Path drop) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (HealthSimulator simulator = HealthSimulator.start(HealthSimulatorSettings.load(dataset, drop))) {
            simulator.setClockToEnd();
            for (Drop written : simulator.drops()) {
                rows.addAll(HealthFixtures.read(drop.resolve(written.name())));
            }
        }
        return rows;
    }
}
