package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceDatesTest {

    @Test
    void theThreeDateStylesOfHealthSystemsReadTheSame() {
        LocalDate d = LocalDate.of(2023, 5, 7);
        assertThat(SourceDates.date("2023-05-07")).contains(d);
        assertThat(SourceDates.date("2023/5/7")).contains(d);
        assertThat(SourceDates.date("20230507")).contains(d);
        assertThat(SourceDates.date(" 2023-5-07 ")).contains(d);
    }

    @Test
    void impossibleOrOtherwiseWrittenDatesDoNotParse() {
        assertThat(SourceDates.date("2023-02-30")).isEmpty();
        assertThat(SourceDates.date("20231307")).isEmpty();
        assertThat(SourceDates.date("07/05/2023")).isEmpty();
        assertThat(SourceDates.date("")).isEmpty();
        assertThat(SourceDates.date(null)).isEmpty();
    }

    @Test
    void timesWithAnOffsetLocalTimesInChinaAndDatesAlone() {
        assertThat(SourceDates.time("2023-03-14T14:06:16+08:00")).contains(Instant.parse("2023-03-14T06:06:16Z"));
        assertThat(SourceDates.time("2023-03-14 14:06:16")).contains(Instant.parse("2023-03-14T06:06:16Z"));
        assertThat(SourceDates.time("2023-03-14T14:06:16")).contains(Instant.parse("2023-03-14T06:06:16Z"));
        assertThat(SourceDates.time("2023/6/12")).contains(Instant.parse("2023-06-11T16:00:00Z"));
        assertThat(SourceDates.time("2023-03-14 25:06:16")).isEmpty();
        assertThat(SourceDates.time("garbage")).isEmpty();
    }
}
