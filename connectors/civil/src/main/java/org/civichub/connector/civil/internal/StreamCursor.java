package org.civichub.connector.civil.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.civichub.connector.kit.Positions;

/**
 * Where a sync run is: the stream it reads, the service's cursor within it ({@code null} for the
 * stream's first page) and the positions stored so far in the run, on which the next page's
 * watermark builds. Lives only within one run; never stored. Written as three lines: the stream,
 * the service's cursor URL-encoded (it is opaque and may hold anything) and the positions.
 *
 * @param stream    the stream to read
 * @param apiCursor the service's {@code nextCursor}, or {@code null} to start the stream from its position
 * @param positions every stream's position as stored after the last page that advanced one
 */
record StreamCursor(CivilStream stream, String apiCursor, Positions positions) {

    StreamCursor {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(positions, "positions");
    }

    /** The start of a run from the stored watermark: the first stream's first page. */
    static StreamCursor start(String watermark) {
        return new StreamCursor(CivilStream.values()[0], null, Positions.parse(watermark));
    }

    String encode() {
        String api = apiCursor == null ? "" : URLEncoder.encode(apiCursor, StandardCharsets.UTF_8);
        return stream.recordType() + "\n" + api + "\n" + positions;
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode()} wrote */
    static StreamCursor decode(String text) {
        String[] parts = text.split("\n", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cursor of the civil connector");
        }
        CivilStream stream = CivilStream.of(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not a civil record type: " + parts[0]));
        String apiCursor = parts[1].isEmpty() ? null : URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        return new StreamCursor(stream, apiCursor, Positions.parse(parts[2]));
    }
}
