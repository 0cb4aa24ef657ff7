package org.civichub.connector.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void positionsWithAnyCharactersSurviveTheRoundTrip() {
        Positions p = Positions.parse(null).with("jy_dj", "2024-01-01 10:00:00|42").with("a&b=c", "x=y&z");

        Positions back = Positions.parse(p.toString());

        assertThat(back).isEqualTo(p);
        assertThat(back.get("jy_dj")).isEqualTo("2024-01-01 10:00:00|42");
        assertThat(back.get("a&b=c")).isEqualTo("x=y&z");
        assertThat(back.get("sb_cb")).isNull();
    }

    @Test
    void aNullPositionChangesNothingAndEmptyOrBlankParsesToNone() {
        Positions p = Positions.parse("death=2024");
        assertThat(p.with("death", null)).isEqualTo(p);
        assertThat(Positions.parse("").byStream()).isEmpty();
        assertThat(Positions.parse("  ").byStream()).isEmpty();
        assertThat(Positions.parse("junk").byStream()).isEmpty();
    }
}
