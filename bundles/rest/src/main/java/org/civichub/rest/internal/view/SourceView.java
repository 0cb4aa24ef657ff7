package org.civichub.rest.internal.view;

import java.time.Instant;

/** Where a value came from: department, source record key and version, and its update time. */
public record SourceView(String department, String recordKey, String sourceVersion, Instant updatedAt) {
}
