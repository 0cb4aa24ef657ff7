package org.civichub.rest.internal.view;

import java.time.Instant;

/** One event's delivery to one department: {@code delivered} or {@code pending}, when, and the attempts. */
public record DeliveryView(String department, String eventId, String state, Instant deliveredAt,
                           Instant acknowledgedAt, int attempts) {
}
