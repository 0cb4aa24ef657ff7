package org.civichub.rest.internal.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A source record held back, with every rule it breaks, its payload as received, and where the record
 * stands {@code now} ({@code null} before its link is written). ID-number-like values are masked
 * unless revealed.
 */
public record QuarantineView(
        String id,
        String recordKey,
        String department,
        String recordType,
        String sourceVersion,
        Instant updatedAt,
        Instant receivedAt,
        Instant quarantinedAt,
        List<ViolationView> violations,
        Map<String, String> payload,
        StandingView now) {
}
