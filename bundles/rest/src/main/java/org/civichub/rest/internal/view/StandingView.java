package org.civichub.rest.internal.view;

/**
 * Where a quarantined record stands now, by its latest version: {@code state} (linked, unlinked,
 * quarantined, review), that version, and the connector that reads it (to sync it again). A state
 * other than quarantined, or a newer version, means the department has fixed the record.
 */
public record StandingView(String state, String sourceVersion, String connectorId, boolean fixed) {
}
