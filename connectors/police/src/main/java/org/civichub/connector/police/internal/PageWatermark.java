package org.civichub.connector.police.internal;

import java.time.Instant;
import java.util.List;
import org.civichub.model.SourceRecord;

/**
 * The watermark a page allows once it is stored. The service serves records with update time in
 * (since, clock], so a watermark {@code t} is safe only when every record at or before {@code t}
 * has been stored. On the last page that is its last record's time; on any other page the next page
 * may still hold records of the last time, so only the latest earlier time is safe.
 */
public final class PageWatermark {

    private PageWatermark() {
    }

    /** The update time (as the service wrote it) to resume after, or {@code null} if the page allows no advance. */
    public static String after(List<SourceRecord> records, boolean lastPage) {
        if (records.isEmpty()) {
            return null;
        }
        SourceRecord last = records.get(records.size() - 1);
        if (lastPage) {
            return last.sourceVersion();
        }
        Instant lastTime = last.updatedAt();
        for (int i = records.size() - 2; i >= 0; i--) {
            if (records.get(i).updatedAt().isBefore(lastTime)) {
                return records.get(i).sourceVersion();
            }
        }
        return null;
    }
}
