package org.civichub.rest.internal.view;

/**
 * The records of one record type: {@code versions} pulled, and where each distinct record stands by
 * its latest version; {@code records = linked + unlinked + quarantined + review}.
 */
public record CountsView(long versions, long records, long linked, long unlinked, long quarantined, long review) {
}
