package org.civichub.rest.internal.view;

import java.time.LocalDate;

/** A residence permit. */
public record PermitView(String number, LocalDate registeredOn, LocalDate validUntil) {
}
