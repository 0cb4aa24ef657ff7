package org.civichub.feeds;

import java.util.List;

/**
 * A page of a department's feed, and the cursor to read on from ({@code next}; the same cursor when
 * nothing new was written yet). {@code residents} names the residents the page shows, for the audit.
 */
public record FeedPage(List<FeedEvent> items, String next, List<String> residents) {

    public FeedPage {
        items = List.copyOf(items);
        residents = List.copyOf(residents);
    }
}
