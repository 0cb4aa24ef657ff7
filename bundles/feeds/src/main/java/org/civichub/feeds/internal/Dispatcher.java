package org.civichub.feeds.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.FeedEvent;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.store.Deliveries;
import org.civichub.store.Scope;

/**
 * Pushes one department's feed into its system, in order and at least once: reads the feed after its
 * position, a page at a time, delivers each event, and records the page's receipts before it reads
 * the next page; its position is then the last event delivered, or further where the read passed
 * events the department does not hear of. (A read scans a bounded stretch of the outbox: a channel
 * that waited for an event to deliver before moving on would never pass a long stretch of events
 * for others.) After a restart it reads on after the last receipt. A delivery that fails stops the
 * round: the channel holds its position after the last event delivered, nothing after the failed
 * event is delivered before it, and the next round tries it again, later each time it fails (doubling, at most {@link #MAX_BACKOFF}). After {@link #DEGRADED_AFTER} failures
 * in a row the channel shows {@code degraded} until a delivery succeeds.
 */
final class Dispatcher {

    static final int DEGRADED_AFTER = 3;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    static final int PAGE = FeedReader.SCAN;

    private final String department;
    private final Feeds feeds;
    private final Deliveries deliveries;
    private final Channel channel;
    private final Scope scope;
    private final Clock clock;

    private long position = -1;
    private long delivered = -1;
    private int failures;
    private int attempts;
    private Instant lastDeliveredAt;
    private String lastError;
    private Instant lastErrorAt;
    /** The state after the last delivery or failure, for readers that must not wait for a round. */
    private volatile ChannelStatus status;

    Dispatcher(String department, Feeds feeds, Deliveries deliveries, Channel channel, Scope scope, Clock clock) {
        this.department = department;
        this.feeds = feeds;
        this.deliveries = deliveries;
        this.channel = channel;
        this.scope = scope;
        this.clock = clock;
        this.status = new ChannelStatus(department, channel.transport(), ChannelStatus.UP, 0, 0, null, null, null, 0,
                null);
    }

    /**
     * One round: delivers what the feed holds after the position, until it is empty or a delivery
     * fails; answers how long to wait before the next round.
     */
    Duration round(Duration interval) {
        return round(interval, () -> true);
    }

    /**
     * One round while {@code mayPush} holds (this node holds the channel's lease), checked before
     * each page; a node that does not forgets its position, shows the channel on standby with the
     * position and count the receipts show, and reads them again once it may push again (another
     * node delivers meanwhile).
     */
    synchronized Duration round(Duration interval, BooleanSupplier mayPush) {
        try {
            if (!mayPush.getAsBoolean()) {
                position = -1;
                status = new ChannelStatus(department, channel.transport(), ChannelStatus.STANDBY,
                        Math.max(deliveries.lastSequence(department), 0), deliveries.count(department), null, null,
                        null, 0, null);
                return interval;
            }
            if (position < 0) {
                position = deliveries.lastSequence(department);
                delivered = deliveries.count(department);
                publish();
            }
            while (mayPush.getAsBoolean()) {
                FeedPage page = feeds.read(department, Cursor.of(position), PAGE, scope::reaches);
                if (!deliver(page.items(), mayPush)) {
                    break;
                }
                long next = Cursor.parse(page.next());
                boolean passed = next > position;
                if (passed) {
                    // the events after the last one delivered, up to where the read got, are none of the department's
                    position = next;
                    publish();
                }
                if (page.items().isEmpty() && !passed) {
                    return interval;
                }
            }
            position = -1;
            return interval;
        } catch (IOException | RuntimeException e) {
            failures++;
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            lastErrorAt = clock.instant();
            long seconds = Math.min(MAX_BACKOFF.toSeconds(), interval.toSeconds() << Math.min(failures, 20));
            publish();
            return Duration.ofSeconds(Math.max(1, seconds));
        }
    }

    /**
     * Delivers a page's events in order, then records their receipts in one go; when a delivery fails,
     * the receipts of the events delivered before it are recorded first. A kill before the receipts
     * are recorded delivers those events again (at least once, in order). Stops before an event once
     * {@code mayPush} no longer holds (the lease passes to another node, which reads on after the
     * receipts), and answers whether the whole page was delivered.
     */
    private boolean deliver(List<FeedEvent> events, BooleanSupplier mayPush) throws IOException {
        List<Deliveries.Receipt> receipts = new ArrayList<>(events.size());
        try {
            for (FeedEvent e : events) {
                if (!mayPush.getAsBoolean()) {
                    return false;
                }
                attempts++;
                channel.deliver(e);
                Instant now = clock.instant();
                receipts.add(new Deliveries.Receipt(department, e.id(), Long.parseLong(e.sequence()), now, now, attempts));
                attempts = 0;
            }
            return true;
        } finally {
            recorded(receipts);
        }
    }

    private void recorded(List<Deliveries.Receipt> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        deliveries.record(receipts);
        Deliveries.Receipt last = receipts.get(receipts.size() - 1);
        failures = 0;
        position = last.sequence();
        delivered += receipts.size();
        lastDeliveredAt = last.deliveredAt();
        publish();
    }

    private void publish() {
        status = new ChannelStatus(department, channel.transport(), failures >= DEGRADED_AFTER ? ChannelStatus.DEGRADED
                : ChannelStatus.UP, Math.max(position, 0), Math.max(delivered, 0), lastDeliveredAt, lastError,
                lastErrorAt, failures, null);
    }

    /** Where the channel stands, as of its last delivery or failure; never waits for a round. */
    ChannelStatus status() {
        return status;
    }
}
