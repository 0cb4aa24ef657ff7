package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamPositionTest {

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void theLastPageOfAStreamAdvancesToItsLastTimeWrittenAtChinaStandardTime() {
        assertThat(StreamPosition.after(null, List.of(t(0), t(1), t(1)), true)).isEqualTo("2024-05-01T08:01:00+08:00");
    }

    @Test
    void anotherPageAdvancesOnlyToTheTimeBeforeItsLastSinceTheNextPageMayHoldMoreOfIt() {
        assertThat(StreamPosition.after(null, List.of(t(0), t(1), t(2), t(2)), false))
                .isEqualTo("2024-05-01T08:01:00+08:00");
    }

    @Test
    void aPageOfOneTimeThatIsNotTheLastAllowsNoAdvance() {
        assertThat(StreamPosition.after("2024-05-01T07:00:00+08:00", List.of(t(2), t(2)), false)).isNull();
    }

    @Test
    void anEmptyLastPageAllowsNoAdvance() {
        assertThat(StreamPosition.after("2024-05-01T08:00:00+08:00", List.of(), true)).isNull();
    }

    @Test
    void aPositionNeverMovesBack() {
        assertThat(StreamPosition.after("2024-05-01T08:05:00+08:00", List.of(t(1), t(3)), true)).isNull();
        assertThat(StreamPosition.after("2024-05-01T08:03:00+08:00", List.of(t(1), t(3)), true)).isNull();
        assertThat(StreamPosition.after("2024-05-01T00:03:00Z", List.of(t(1), t(4)), true))
                .isEqualTo("2024-05-01T08:04:00+08:00");
    }

    @Test
    void fractionsOfASecondAreKept() {
        assertThat(StreamPosition.after(null, List.of(t(0).plusMillis(250)), true))
                .isEqualTo("2024-05-01T08:00:00.25+08:00");
    }
}
