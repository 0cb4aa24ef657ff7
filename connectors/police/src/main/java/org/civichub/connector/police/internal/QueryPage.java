package org.civichub.connector.police.internal;

import java.util.List;
import org.civichub.model.SourceRecord;

/** One page of {@code queryChanges}: its records, the token of the next page (null on the last) and the clock bound. */
public record QueryPage(List<SourceRecord> records, String nextPageToken, String clock) {

    public QueryPage {
        records = List.copyOf(records);
    }

    public boolean isLast() {
        return nextPageToken == null || nextPageToken.isEmpty();
    }
}
