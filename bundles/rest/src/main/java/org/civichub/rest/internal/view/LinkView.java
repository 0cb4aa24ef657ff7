package org.civichub.rest.internal.view;

/** Where a source record stands: its resident, or none and why ({@code unlinked}, {@code quarantined}, {@code review}). */
public record LinkView(String recordKey, String residentId, String state, String connectorId) {
}
