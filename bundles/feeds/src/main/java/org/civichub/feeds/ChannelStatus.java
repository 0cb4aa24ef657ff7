package org.civichub.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a department's push channel stands: {@code up}, or {@code degraded} after repeated failures
 * (it holds its position, nothing is skipped, and it catches up in order once the department
 * answers), or {@code standby} on a hub node while another node pushes (then position and delivered
 * are as the receipts show); the outbox sequence it has pushed up to (its last event delivered, or
 * further where it passed events the department does not hear of); how many it delivered; the last
 * failure; and the hub node that pushes, holding the channel's lease ({@code null} when unknown).
 */
public record ChannelStatus(String department, String transport, String state, long position, long delivered,
                            Instant lastDeliveredAt, String lastError, Instant lastErrorAt, int failures,
                            String node) {

    public static final String UP = "up";
    public static final String DEGRADED = "degraded";
    public static final String STANDBY = "standby";

    public ChannelStatus {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(state, "state");
    }

    /** The same status, pushed by the given node. */
    public ChannelStatus withNode(String pusher) {
        return new ChannelStatus(department, transport, state, position, delivered, lastDeliveredAt, lastError,
                lastErrorAt, failures, pusher);
    }
}
