package org.civichub.connector.police.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;
import org.junit.jupiter.api.Test;

class PageWatermarkTest {

    private static SourceRecord at(String key, String time) {
        return new SourceRecord(new SourceKey("police", "person", key), time, PoliceTime.parse(time).orElseThrow(),
                java.time.Instant.EPOCH, Map.of());
    }

    private static SourceRecord unreadable(String key, String time) {
        return new SourceRecord(new SourceKey("police", "person", key), time, PoliceTime.UNKNOWN,
                java.time.Instant.EPOCH, Map.of());
    }

    @Test
    void theLastPageAdvancesToItsLastRecord() {
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), at("b", "2024-01-01 10:00:01")), true))
                .isEqualTo("2024-01-01 10:00:01");
    }

    @Test
    void theLastPageAdvancesToTheRunsClockPastAnUnreadableLastRecord() {
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), unreadable("b", "2023-13-45 99:00:00")),
                true, "2024-01-01 10:05:00")).isEqualTo("2024-01-01 10:05:00");
    }

    @Test
    void anUnreadableTimeIsNeverTheWatermarkNorHidesTheSecondThatMayContinue() {
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), unreadable("b", ""),
                at("c", "2024-01-01 10:00:01")), false)).isEqualTo("2024-01-01 10:00:00");
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), at("b", "2024-01-01 10:00:01"),
                unreadable("c", "garbage")), false)).isEqualTo("2024-01-01 10:00:00");
        assertThat(PageWatermark.after(List.of(unreadable("a", "garbage"), unreadable("b", "")), true, "garbage"))
                .isNull();
    }

    @Test
    void aPageWithMoreToComeStopsBeforeItsLastSecond() {
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), at("b", "2024-01-01 10:00:01"),
                at("c", "2024-01-01 10:00:01")), false)).isEqualTo("2024-01-01 10:00:00");
    }

    @Test
    void aPageAllInOneSecondWithMoreToComeDoesNotAdvance() {
        assertThat(PageWatermark.after(List.of(at("a", "2024-01-01 10:00:00"), at("b", "2024-01-01 10:00:00")), false))
                .isNull();
        assertThat(PageWatermark.after(List.of(), true)).isNull();
    }
}
