package org.civichub.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a department's push channel stands: {@code up}, or {@code degraded} after repeated failures
 * (it holds its position, nothing is skipped, and it catches up in order once the department
 * answers); the outbox sequence it has pushed up to (its last event delivered, or further where it
 * passed events the department does not hear of); how many it delivered; and the last failure.
 */
public record ChannelStatus(String department, String transport, String state, long position, long delivered,
                            Instant lastDeliveredAt, String lastError, Instant lastErrorAt, int failures) {

    public static final String UP = "up";
    public static final String DEGRADED = "degraded";

    public ChannelStatus {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(state, "state");
    }
}
