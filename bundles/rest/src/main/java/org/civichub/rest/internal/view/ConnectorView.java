package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connector instance as operators see it; {@code counts} is keyed by record type. ID numbers in
 * {@code lastError} are masked. {@code progress} is the running sync's on the node answering,
 * {@code null} when idle; {@code node} the hub node that runs the connector (holds its lease), {@code
 * null} when none does.
 */
public record ConnectorView(
        String id,
        String department,
        List<String> recordTypes,
        String state,
        String watermark,
        Instant lastSync,
        String lastError,
        Instant lastErrorAt,
        Map<String, CountsView> counts,
        ProgressView progress,
        String node) {
}
