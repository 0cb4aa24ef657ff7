package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWatermarkTest {

    private static final Instant T1 = Instant.parse("2024-01-01T00:00:01Z");
    private static final Instant T2 = Instant.parse("2024-01-01T00:00:02Z");
    private static final Instant CLOCK = Instant.parse("2024-01-02T00:00:00Z");

    @Test
    void aMiddlePageAdvancesOnlyToItsLatestTimeBeforeTheLast() {
        assertThat(TimeWatermark.after(List.of(T1, T2, T2), false, CLOCK)).isEqualTo(T1);
        assertThat(TimeWatermark.after(List.of(T2, T2), false, CLOCK)).isNull();
        assertThat(TimeWatermark.after(List.of(), false, CLOCK)).isNull();
    }

    @Test
    void theLastPageAdvancesToTheClockNeverBackwards() {
        assertThat(TimeWatermark.after(List.of(T1, T2), true, CLOCK)).isEqualTo(CLOCK);
        assertThat(TimeWatermark.after(List.of(), true, CLOCK)).isEqualTo(CLOCK);
        assertThat(TimeWatermark.after(List.of(T1, T2), true, T1)).isEqualTo(T2);
        assertThat(TimeWatermark.after(List.of(T1, T2), true, null)).isEqualTo(T2);
        assertThat(TimeWatermark.after(List.of(), true, null)).isNull();
    }
}
