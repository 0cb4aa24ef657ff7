package org.civichub.model;

import java.time.LocalDate;

/** A residence permit (居住证) of a person registered elsewhere who lives here. */
public record ResidencePermit(String number, LocalDate registeredOn, LocalDate validUntil) {
}
