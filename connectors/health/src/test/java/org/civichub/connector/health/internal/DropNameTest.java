package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropNameTest {

    @Test
    void readsTheTypeTheTimeAndTheFormat() {
        assertThat(DropName.parse("births_20240501083000.csv")).contains(
                new DropName("births_20240501083000.csv", "births", "20240501083000", DropName.Format.CSV));
        assertThat(DropName.parse("family_20240501083000.XLSX").orElseThrow().format()).isEqualTo(DropName.Format.XLSX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"births_2024050108300.csv", "births_20240501083000.xls", "births-20240501083000.csv",
            "births_20240230083000.csv", "births_20240501250000.csv", "_20240501083000.csv", "births_20240501083000.csv.ok",
            "births_20240501083000"})
    void otherNamesAreNotDropFileNames(String name) {
        assertThat(DropName.parse(name)).isEmpty();
        assertThatThrownBy(() -> DropName.typeOf(name)).isInstanceOfSatisfying(UnreadableDropException.class,
                e -> assertThat(e.rule()).isEqualTo("name.pattern"));
    }

    @Test
    void anUnknownTypeIsNamedInTheReason() {
        assertThatThrownBy(() -> DropName.typeOf("deaths_20240501083000.csv"))
                .isInstanceOfSatisfying(UnreadableDropException.class, e -> {
                    assertThat(e.rule()).isEqualTo("type.known");
                    assertThat(e.getMessage()).contains("deaths");
                });
    }

    @Test
    void filesAreReadOldestFirstBirthsBeforeFamilyAndBadNamesFirst() {
        List<String> names = new ArrayList<>(List.of("family_20240502000000.csv", "deaths_20240501000000.csv",
                "births_20240502000000.xlsx", "family_20240501000000.xlsx", "births_20240501000000.csv", "README.txt",
                "births_20240430235959.csv"));

        names.sort(DropName.READING_ORDER);

        assertThat(names).containsExactly("README.txt", "births_20240430235959.csv", "births_20240501000000.csv",
                "family_20240501000000.xlsx", "deaths_20240501000000.csv", "births_20240502000000.xlsx",
                "family_20240502000000.csv");
    }
}
