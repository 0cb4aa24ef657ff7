package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connector instance as operators see it; {@code counts} is keyed by record type. ID numbers in
 * {@code lastError} are masked. {@code progress} is the running sync's, {@code null} when idle.
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
        ProgressView progress) {
}
