package org.civichub.rest.internal.view;

import java.time.Instant;

/** A running sync: since when, records and pages stored so far, and records per second since the start. */
public record ProgressView(Instant since, long records, int pages, double recordsPerSecond) {
}
