package org.civichub.connector.api;

/** What became of a batch: how many records were indexed and how many quarantined. */
public record IntakeResult(int indexed, int quarantined) {
}
