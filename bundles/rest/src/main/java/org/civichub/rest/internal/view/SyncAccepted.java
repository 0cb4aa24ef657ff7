package org.civichub.rest.internal.view;

/** The answer to a sync request: the sync was started, or one was already running or queued. */
public record SyncAccepted(String connectorId, String status) {
}
