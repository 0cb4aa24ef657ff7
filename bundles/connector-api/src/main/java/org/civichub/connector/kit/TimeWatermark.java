package org.civichub.connector.kit;

import java.time.Instant;
import java.util.List;

/**
 * The watermark a page allows once stored, for a source that serves records with update time in
 * (since, clock], ordered by update time. A time {@code t} is safe only when every record at or
 * before {@code t} has been stored. On the last page of a run that is the run's clock: the source
 * has served everything up to it. On any other page the next page may still hold records of the
 * page's last time, so only the latest earlier time is safe.
 *
 * <p>Only readable update times count: a record whose time cannot be read is quarantined, and its
 * place in the source's order is unknown, so it can neither hold the watermark back nor push it
 * forward.
 */
public final class TimeWatermark {

    private TimeWatermark() {
    }

    /**
     * The time to resume after, or {@code null} if the page allows no advance.
     *
     * @param times    the page's readable update times, in the source's order
     * @param lastPage whether this is the run's last page
     * @param clock    the run's upper bound as the source said, or {@code null} when unknown: then the
     *                 last page advances only to its last time
     */
    public static Instant after(List<Instant> times, boolean lastPage, Instant clock) {
        Instant lastTime = times.isEmpty() ? null : times.get(times.size() - 1);
        if (lastPage) {
            if (clock != null && (lastTime == null || !clock.isBefore(lastTime))) {
                return clock;
            }
            return lastTime;
        }
        for (int i = times.size() - 2; i >= 0; i--) {
            if (times.get(i).isBefore(lastTime)) {
                return times.get(i);
            }
        }
        return null;
    }
}
