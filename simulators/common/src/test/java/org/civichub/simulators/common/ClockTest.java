package org.civichub.simulators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClockTest {

    private static final Dataset DATASET = Dataset.of(DatasetTest.table(TableSpec.POLICE_PERSON, "GMSFHM",
            "2024-05-01 10:00:00", "2024-05-02 10:00:00"));

    @Test
    void startsAtTheDatasetsEarliestUpdateTimeUnlessGivenAStart() {
        Instant given = Instant.parse("2020-01-01T00:00:00Z");

        assertThat(Clock.forDataset(DATASET, null).now()).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
        assertThat(Clock.forDataset(DATASET, given).now()).isEqualTo(given);
        assertThat(Clock.forDataset(Dataset.of(), null).now()).isNotNull();
    }

    @Test
    void servesOnlyTimesAtOrBeforeItself() {
        Clock clock = new Clock(Instant.parse("2024-05-01T02:00:00Z"));

        assertThat(clock.serves(Instant.parse("2024-05-01T02:00:00Z"))).isTrue();
        assertThat(clock.serves(Instant.parse("2024-05-01T02:00:01Z"))).isFalse();
    }

    @Test
    void tellsListenersAboutEachMoveInOrder() {
        Clock clock = new Clock(Instant.EPOCH);
        List<String> moves = new ArrayList<>();
        clock.addListener((from, to) -> moves.add(from + ">" + to));

        Instant previous = clock.set(Instant.ofEpochSecond(60));
        clock.set(Instant.ofEpochSecond(30));

        assertThat(previous).isEqualTo(Instant.EPOCH);
        assertThat(clock.now()).isEqualTo(Instant.ofEpochSecond(30));
        assertThat(moves).containsExactly("1970-01-01T00:00:00Z>1970-01-01T00:01:00Z",
                "1970-01-01T00:01:00Z>1970-01-01T00:00:30Z");
    }

    @Test
    void resolvesClockArgumentsAgainstTheDataset() {
        assertThat(ClockArgument.resolve("end", DATASET)).isEqualTo(Instant.parse("2024-05-02T02:00:00Z"));
        assertThat(ClockArgument.resolve("start", DATASET)).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
        assertThat(ClockArgument.resolve("2024-05-01T10:00:00", DATASET)).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
        assertThat(ClockArgument.resolve("2024-05-01T10:00:00+09:00", DATASET))
                .isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
    }

    @Test
    void refusesClockArgumentsThatAreNoTime() {
        assertThatThrownBy(() -> ClockArgument.resolve("soon", DATASET)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> ClockArgument.resolve(null, DATASET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockArgument.resolve("end", Dataset.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rows");
    }
}
