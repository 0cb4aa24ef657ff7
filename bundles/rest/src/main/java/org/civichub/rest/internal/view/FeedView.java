package org.civichub.rest.internal.view;

import java.util.List;
import org.civichub.feeds.FeedEvent;

/** A page of a department's feed: CloudEvents, and the cursor to read on from. */
public record FeedView(List<FeedEvent> items, String next) {

    public FeedView {
        items = List.copyOf(items);
    }
}
