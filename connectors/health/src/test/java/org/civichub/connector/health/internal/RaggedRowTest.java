package org.civichub.connector.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civichub.connector.api.Mapping;
import org.civichub.connector.kit.FileRow;
import org.civichub.model.SourceRecord;
import org.civichub.model.Violation;
import org.junit.jupiter.api.Test;

class RaggedRowTest {

    private static SourceRecord row(List<String> values) {
        return DropRecords.of("births_20240502000000.csv", DropType.BIRTHS, DropType.BIRTHS.columns(),
                new FileRow(7, values), Instant.EPOCH);
    }

    @Test
    void aShortRowIsRejectedNamingTheFileTheRowAndEachMissingField() {
        List<String> values = new ArrayList<>(Records.birth().values());
        SourceRecord r = row(values.subList(0, 8));

        Mapping m = new HealthMapper().map(r);

        assertThat(r.payload()).containsEntry(RowFields.COLUMNS, "8/10").doesNotContainKeys("居住地址", "登记日期");
        assertThat(m.violations()).extracting(Violation::field, Violation::rule, Violation::value, Violation::message)
                .containsExactly(
                        tuple("居住地址", "row.columns", "", "births_20240502000000.csv row 7 has 8 values but its "
                                + "header has 10 columns: 居住地址 is missing"),
                        tuple("登记日期", "row.columns", "", "births_20240502000000.csv row 7 has 8 values but its "
                                + "header has 10 columns: 登记日期 is missing"));
    }

    @Test
    void aLongRowKeepsItsExtraValuesAndIsRejectedAsOneViolation() {
        List<String> values = new ArrayList<>(Records.birth().values());
        values.add("多余");
        SourceRecord r = row(values);

        Mapping m = new HealthMapper().map(r);

        assertThat(r.payload()).containsEntry("_column11", "多余").containsEntry(RowFields.COLUMNS, "11/10");
        assertThat(m.violations()).extracting(Violation::field, Violation::rule, Violation::value)
                .containsExactly(tuple("_columns", "row.columns", "11/10"));
        assertThat(m.violations().get(0).message()).startsWith("births_20240502000000.csv row 7 has 11 values");
    }

    @Test
    void aRowOfTheHeadersWidthCarriesItsFileAndRowButNoMarker() {
        SourceRecord r = row(new ArrayList<>(Records.birth().values()));

        assertThat(r.payload()).containsEntry(RowFields.FILE, "births_20240502000000.csv")
                .containsEntry(RowFields.ROW, "7").doesNotContainKey(RowFields.COLUMNS);
        assertThat(r.key().recordKey()).isEqualTo("health/births/Q350000123");
        assertThat(r.sourceVersion()).isEqualTo("2024/5/2");
        assertThat(new HealthMapper().map(r).isRejected()).isFalse();
    }
}
