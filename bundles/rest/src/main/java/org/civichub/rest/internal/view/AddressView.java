package org.civichub.rest.internal.view;

/** An address: 12-digit division code, free text, and grid, building, unit and room where known. */
public record AddressView(String division, String text, String grid, String building, String unit, String room) {
}
