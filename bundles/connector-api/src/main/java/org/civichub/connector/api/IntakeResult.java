package org.civichub.connector.api;

/**
 * What became of a batch: how many records were indexed into a resident, how many are kept but
 * cannot be linked to a resident yet (no valid ID number), and how many were quarantined.
 */
public record IntakeResult(int indexed, int unlinked, int quarantined) {
}
