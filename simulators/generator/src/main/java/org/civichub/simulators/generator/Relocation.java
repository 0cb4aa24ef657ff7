package org.civichub.simulators.generator;

import java.time.LocalDate;

/** A household's move to another dwelling in the district; registration and residence both change. */
record Relocation(LocalDate day, HomeAddress address) {
}
