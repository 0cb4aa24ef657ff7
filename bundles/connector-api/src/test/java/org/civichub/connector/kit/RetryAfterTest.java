package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void readsWholeSeconds() {
        assertThat(RetryAfter.parse("3", NOW)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Wed, 01 May 2024 00:00:42 GMT", NOW)).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void anHttpDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse("Tue, 30 Apr 2024 23:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "soon", "-1", "1.5", "99999999999999999999"})
    void anythingElseIsNoHint(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isNull();
    }

    @Test
    void noHeaderIsNoHint() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
    }
}
