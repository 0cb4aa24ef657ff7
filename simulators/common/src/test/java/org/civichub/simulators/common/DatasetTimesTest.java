package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetTimesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-05-01 10:00:00, 2024-05-01T02:00:00Z",
            "2024-05-01T10:00:00, 2024-05-01T02:00:00Z",
            "2024-05-01T10:00:00.500, 2024-05-01T02:00:00.500Z",
            "2024-05-01T10:00:00+08:00, 2024-05-01T02:00:00Z",
            "2024-05-01T02:00:00Z, 2024-05-01T02:00:00Z",
            "2024-05-01T10:00:00+08:00[Asia/Shanghai], 2024-05-01T02:00:00Z",
            "2024-05-01, 2024-04-30T16:00:00Z",
            "2024/5/1, 2024-04-30T16:00:00Z",
            "20240501, 2024-04-30T16:00:00Z",
            "20240501100000, 2024-05-01T02:00:00Z"})
    void readsTheDatasetsTimeFormatsWithoutAnOffsetAsShanghaiTime(String text, String expected) {
        assertThat(DatasetTimes.parseUpdateTime(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024-13-01 10:00:00", "2024-02-30", "2024-05-01 25:00:00"})
    void refusesTextThatIsNoTime(String text) {
        assertThatThrownBy(() -> DatasetTimes.parseUpdateTime(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void readsAndWritesTheDepartmentsSecondsFormatStrictly() {
        Instant instant = DatasetTimes.parseLocalSeconds("2024-05-01 10:00:00");

        assertThat(DatasetTimes.formatLocalSeconds(instant)).isEqualTo("2024-05-01 10:00:00");
        assertThat(DatasetTimes.formatLocalSeconds(instant.plusMillis(999))).isEqualTo("2024-05-01 10:00:00");
        assertThatThrownBy(() -> DatasetTimes.parseLocalSeconds("2024-05-01T10:00:00"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void writesIsoTimesWithTheShanghaiOffset() {
        assertThat(DatasetTimes.formatIso(Instant.parse("2024-05-01T02:00:00Z"))).isEqualTo("2024-05-01T10:00:00+08:00");
    }
}
