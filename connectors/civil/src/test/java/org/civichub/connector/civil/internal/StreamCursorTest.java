package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civichub.connector.kit.Positions;
import org.junit.jupiter.api.Test;

class StreamCursorTest {

    @Test
    void aRunStartsWithTheFirstStreamFromTheStoredPositions() {
        StreamCursor c = StreamCursor.start("assistance=2024-05-01T08%3A00%3A00%2B08%3A00");

        assertThat(c.stream()).isEqualTo(CivilStream.ASSISTANCE);
        assertThat(c.apiCursor()).isNull();
        assertThat(c.positions().get("assistance")).isEqualTo("2024-05-01T08:00:00+08:00");
    }

    @Test
    void encodesAndDecodesTheStreamTheServiceCursorAndThePositions() {
        Positions p = Positions.parse(null).with("assistance", "2024-05-01T08:00:00+08:00").with("death", "x&y=z");
        StreamCursor c = new StreamCursor(CivilStream.DEATH, "djEKZGVhdGgK", p);

        assertThat(StreamCursor.decode(c.encode())).isEqualTo(c);
        StreamCursor odd = new StreamCursor(CivilStream.DISABILITY, "line one\nline two&x=%41+", p);
        assertThat(StreamCursor.decode(odd.encode())).isEqualTo(odd);
        StreamCursor first = new StreamCursor(CivilStream.ELDERLY, null, p);
        assertThat(StreamCursor.decode(first.encode())).isEqualTo(first);
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThatThrownBy(() -> StreamCursor.decode("djEKZGVhdGgK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamCursor.decode("marriage\n\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
