package org.civichub.rest.internal.view;

/** Source record versions of one record type: pulled = indexed + quarantined. */
public record CountsView(long pulled, long indexed, long quarantined) {
}
