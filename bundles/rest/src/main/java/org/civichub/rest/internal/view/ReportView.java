package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change a community worker reported once: what was reported (ID numbers masked), by whom and
 * when, the residents it changed, and, per department entitled to hear of it, each event's delivery.
 */
public record ReportView(String id, String kind, String division, String reportedBy, Instant reportedAt,
                         Map<String, String> fields, List<String> residents, List<ReportDelivery> deliveries) {

    /**
     * The events of the report one department hears of, over its {@code channel} (the push transport,
     * or {@code pull} for a department that reads its feed): {@code delivered} once every one was
     * delivered, else {@code pending} (push) or {@code inFeed} (pull: the feed holds them).
     */
    public record ReportDelivery(String department, String channel, String state, List<DeliveryView> events) {
    }
}
