package org.civichub.simulators.generator;

import java.time.LocalDate;

/**
 * A baby born during the period.
 *
 * @param mother       the mother, a resident of the same household
 * @param father       the father, or {@code null} when the birth certificate leaves him out
 * @param certifiedOn  the day health registered the birth certificate
 * @param registeredOn the day police registered the baby in the household
 */
record Birth(Person mother, Person father, LocalDate certifiedOn, LocalDate registeredOn) {
}
