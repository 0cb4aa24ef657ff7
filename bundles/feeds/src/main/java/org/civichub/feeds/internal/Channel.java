package org.civichub.feeds.internal;

import java.io.IOException;
import org.civichub.feeds.FeedEvent;

/** How events reach one department's system. */
interface Channel {

    /** The transport's name, e.g. {@code webhook}. */
    String transport();

    /**
     * Delivers one event; returns once the department's system took it.
     *
     * @throws IOException when it did not: the event is delivered again later, with the same id
     */
    void deliver(FeedEvent event) throws IOException;
}
