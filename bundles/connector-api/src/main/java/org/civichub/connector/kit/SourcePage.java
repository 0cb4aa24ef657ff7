package org.civichub.connector.kit;

import java.util.List;
import org.civichub.model.SourceRecord;

/**
 * One page read from a {@link PagedSource}: its records, the cursor of the next page
 * ({@code null} when this is the run's last page), and the watermark it allows once stored
 * ({@code null} when it allows no advance). {@code handle} is whatever the source needs to finish
 * the page in {@link PagedSource#stored}, such as the file it came from.
 */
public record SourcePage(List<SourceRecord> records, String nextCursor, String watermarkAfter, Object handle) {

    public SourcePage {
        records = List.copyOf(records);
    }

    public SourcePage(List<SourceRecord> records, String nextCursor, String watermarkAfter) {
        this(records, nextCursor, watermarkAfter, null);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
