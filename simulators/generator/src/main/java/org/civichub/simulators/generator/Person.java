package org.civichub.simulators.generator;

import java.time.LocalDate;
import org.civichub.model.Sex;

/**
 * One generated person as they really are, before any department writes them down.
 *
 * @param key       the ground-truth person key of truth.csv, e.g. {@code P00000042}
 * @param id        the correct 18-character resident ID number
 * @param surname   the family name; empty for a minority name written with a middle dot
 * @param name      the full name, e.g. 陈丽华 or 阿依古丽·艾买提
 * @param sex       male or female
 * @param ethnicity the GB 3304 two-digit code
 */
record Person(String key, String id, String surname, String name, Sex sex, String ethnicity, LocalDate birthDate) {

    /** Whole years of age on {@code day}. */
    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    /** Working age as labour counts it: men 18-59, women 18-54. */
    boolean workingAgeOn(LocalDate day) {
        int age = ageOn(day);
        return age >= 18 && age < (female() ? 55 : 60);
    }

    boolean female() {
        return sex == Sex.FEMALE;
    }
}
