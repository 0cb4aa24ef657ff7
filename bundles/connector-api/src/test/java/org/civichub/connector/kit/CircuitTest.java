package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Moving clock = new Moving();
    private final Circuit circuit = new Circuit(new SyncSettings("c", Duration.ofSeconds(30), 0, Duration.ZERO,
            Duration.ZERO, 3, Duration.ofMinutes(2)), clock);

    @Test
    void opensAfterTheConfiguredFailedRunsInARowAndClosesOnSuccess() {
        circuit.failed();
        circuit.failed();
        assertThat(circuit.allowsPoll()).isTrue();
        circuit.failed();
        assertThat(circuit.isOpen()).isTrue();

        clock.now = clock.now.plus(Duration.ofSeconds(119));
        assertThat(circuit.allowsPoll()).isFalse();
        clock.now = clock.now.plusSeconds(1);
        assertThat(circuit.allowsPoll()).as("the trial run").isTrue();

        circuit.failed();
        assertThat(circuit.isOpen()).as("a failed trial opens it again").isTrue();
        circuit.succeeded();
        assertThat(circuit.allowsPoll()).isTrue();
        circuit.failed();
        assertThat(circuit.allowsPoll()).as("a success resets the count").isTrue();
    }

    @Test
    void aSuccessBetweenFailuresKeepsItClosed() {
        circuit.failed();
        circuit.failed();
        circuit.succeeded();
        circuit.failed();
        circuit.failed();
        assertThat(circuit.allowsPoll()).isTrue();
    }

    @Test
    void zeroNeverOpens() {
        Circuit never = new Circuit(new SyncSettings("c", Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, 0,
                Duration.ofMinutes(2)), clock);
        for (int i = 0; i < 10; i++) {
            never.failed();
        }
        assertThat(never.allowsPoll()).isTrue();
    }
}
