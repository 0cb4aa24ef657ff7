package org.civichub.connector.generic.internal.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civichub.connector.kit.SourceDates;
import org.civichub.connector.kit.TimeWatermark;
import org.civichub.model.SourceRecord;

/**
 * The record type's position after a page: the update time to ask for records after, as the
 * service wrote it (so it gets its own format back). The service serves update times after
 * {@code updatedSince}, ordered by update time, so the position a page allows is the kit's
 * {@link TimeWatermark}: on the last page its last time, on any other page only the latest time
 * before its last one, since the next page may hold more records of that time. Only readable times
 * count, and a position never moves back.
 */
final class SafePosition {

    private SafePosition() {
    }

    /**
     * The position after a page, or {@code null} when the page allows no advance.
     *
     * @param current  the position so far, {@code null} before the first
     * @param records  the page's records in the service's order
     * @param lastPage whether the service said this is the last page
     */
    static String after(String current, List<SourceRecord> records, boolean lastPage) {
        List<Instant> times = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (SourceRecord r : records) {
            Optional<Instant> t = SourceDates.time(r.sourceVersion());
            if (t.isPresent()) {
                times.add(t.get());
                written.add(r.sourceVersion().strip());
            }
        }
        Instant t = TimeWatermark.after(times, lastPage, null);
        if (t == null) {
            return null;
        }
        Optional<Instant> at = current == null ? Optional.empty() : SourceDates.time(current);
        if (at.isPresent() && !t.isAfter(at.get())) {
            return null;
        }
        return written.get(times.lastIndexOf(t));
    }
}
