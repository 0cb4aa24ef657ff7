package org.civichub.connector.police.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civichub.model.SourceRecord;

/**
 * The watermark a page allows once it is stored. The service serves records with update time in
 * (since, clock], ordered by update time, so a watermark {@code t} is safe only when every record at
 * or before {@code t} has been stored. On the last page of a run that is the run's clock: the
 * service has served everything up to it. On any other page the next page may still hold records
 * of the page's last time, so only the latest earlier time is safe.
 *
 * <p>Only readable update times count. A record whose time cannot be read is quarantined, and its
 * place in the service's order is unknown, so it can neither hold the watermark back nor push it
 * forward; the good records around it decide.
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
        Instant lastTime = times.isEmpty() ? null : times.get(times.size() - 1);
        if (lastPage) {
            Optional<Instant> bound = PoliceTime.parse(clock)
                    .filter(c -> lastTime == null || !c.isBefore(lastTime));
            return bound.or(() -> Optional.ofNullable(lastTime)).map(PoliceTime::format).orElse(null);
        }
        for (int i = times.size() - 2; i >= 0; i--) {
            if (times.get(i).isBefore(lastTime)) {
                return PoliceTime.format(times.get(i));
            }
        }
        return null;
    }
}
