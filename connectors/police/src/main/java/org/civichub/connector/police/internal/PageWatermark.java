package org.civichub.connector.police.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civichub.connector.kit.TimeWatermark;
import org.civichub.model.SourceRecord;

/**
 * The police service's {@link TimeWatermark}: times are read from and written as the service
 * writes them ({@link PoliceTime}).
 */
public final class PageWatermark {

    private PageWatermark() {
    }

    /** As {@link #after(List, boolean, String)} when the run's clock is not known. */
    public static String after(List<SourceRecord> records, boolean lastPage) {
        return after(records, lastPage, null);
    }

    /**
     * The update time to resume after, written as the service writes times, or {@code null} if the
     * page allows no advance.
     *
     * @param clock the run's upper bound as the service sent it; when unreadable, the last page
     *              advances only to its last readable time
     */
    public static String after(List<SourceRecord> records, boolean lastPage, String clock) {
        List<Instant> times = records.stream().map(r -> PoliceTime.parse(r.sourceVersion()))
                .flatMap(Optional::stream).toList();
        Instant t = TimeWatermark.after(times, lastPage, PoliceTime.parse(clock).orElse(null));
        return t == null ? null : PoliceTime.format(t);
    }
}
