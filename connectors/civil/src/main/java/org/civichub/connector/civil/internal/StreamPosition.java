package org.civichub.connector.civil.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.civichub.connector.kit.SourceDates;
import org.civichub.connector.kit.TimeWatermark;

/**
 * A stream's position: the update time to ask for records after, sent as {@code updatedSince}. The
 * service serves update times in {@code (updatedSince, clock]}, ordered by update time, so the
 * position a page allows is the kit's {@link TimeWatermark}: on a stream's last page its last time,
 * on any other page only the latest time before its last one, since the next page may hold more
 * records of that time. A position never moves back. Written ISO-8601 at +08:00, e.g.
 * {@code 2024-05-01T08:00:00+08:00}.
 */
final class StreamPosition {

    private StreamPosition() {
    }

    /**
     * The position after a page, or {@code null} when the page allows no advance.
     *
     * @param current    the stream's stored position, {@code null} before its first
     * @param times      the page's readable update times in the service's order
     * @param lastOfStream whether the service said this is the stream's last page
     */
    static String after(String current, List<Instant> times, boolean lastOfStream) {
        Instant t = TimeWatermark.after(times, lastOfStream, null);
        if (t == null) {
            return null;
        }
        Optional<Instant> at = current == null ? Optional.empty() : SourceDates.time(current);
        if (at.isPresent() && !t.isAfter(at.get())) {
            return null;
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(SourceDates.ZONE));
    }
}
