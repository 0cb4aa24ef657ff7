package org.civichub.simulators.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A death during the period and when each department heard of it.
 *
 * @param date             the day of death
 * @param reportedToCivil  when civil affairs recorded the cremation
 * @param recordedByPolice when police set RYZT to 1, or {@code null} if they never did
 */
record Death(LocalDate date, LocalDateTime reportedToCivil, LocalDateTime recordedByPolice) {
}
